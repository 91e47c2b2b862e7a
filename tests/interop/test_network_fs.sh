#!/usr/bin/env bash
# A workspace on a network file system, for real: sshd on 127.0.0.1 and sshfs mount a folder, the
# way an XCA user keeps a database on a share. Creating or changing a workspace there is refused
# with the explanation and the alternative; a backup may go to the share and comes back from it.
# shellcheck disable=SC2317 # the hook that lib.sh calls looks unreachable
set -uo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

SSHD=$(server_binary sshd) || exit 1
command -v sshfs >/dev/null || die "sshfs is not installed (the README's test command installs it)"
share="$work/share"
remote="$work/remote"
mkdir -p "$share" "$remote" "$work/keys" /run/sshd
chmod 700 "$work/keys"
ssh-keygen -q -t ed25519 -N '' -f "$work/keys/host" || die "host key"
ssh-keygen -q -t ed25519 -N '' -f "$work/keys/client" || die "client key"
cp "$work/keys/client.pub" "$work/keys/authorized_keys"
ssh_port=$(free_port)
cat >"$work/sshd_config" <<CONF
Port $ssh_port
ListenAddress 127.0.0.1
HostKey $work/keys/host
AuthorizedKeysFile $work/keys/authorized_keys
AllowUsers $(id -un)
PasswordAuthentication no
KbdInteractiveAuthentication no
StrictModes no
UsePAM no
PidFile $work/sshd.pid
Subsystem sftp internal-sftp
CONF
stop_server() {
    mountpoint -q "$share" && fusermount -u "$share" 2>/dev/null
    [ -f "$work/sshd.pid" ] && kill "$(cat "$work/sshd.pid")" 2>/dev/null
}
"$SSHD" -f "$work/sshd_config" -E "$work/sshd.log" || die "sshd does not start: $(cat "$work/sshd.log")"
wait_for_file "$work/sshd.pid" || die "sshd wrote no pid file"
sshfs -p "$ssh_port" -o "IdentityFile=$work/keys/client,StrictHostKeyChecking=no,UserKnownHostsFile=/dev/null,BatchMode=yes" \
    "$(id -un)@127.0.0.1:$remote" "$share" || die "sshfs cannot mount (FUSE is needed: /dev/fuse)"
check_contains "the share is mounted with sshfs" "fuse.sshfs" "$(grep " $share " /proc/self/mountinfo)"

on_share() { "$CLI" --workspace "$share/$1" --password-file "$work/pw" "${@:2}"; }
out=$(on_share team.signet init 2>&1)
check "init on the share is refused" "1" "$?"
check_contains "saying why" "is on a network file system (sshfs)" "$out"
check_contains "and what to do instead" "team workspace on PostgreSQL" "$out"
check "and leaves no file there" "" "$(ls -A "$remote")"

cli init >/dev/null || die "init"
cli ca create Team --subject "CN=Team CA" >/dev/null || die "ca create"
cp "$work/ws.signet" "$remote/copied.signet"
out=$(on_share copied.signet issue client Team --cn alice 2>&1)
check "changing a workspace copied onto the share is refused" "1" "$?"
check_contains "with the same explanation" "network file system (sshfs)" "$out"

out=$(cli backup --out "$share/team-backup.signet" 2>&1)
check "a backup to the share is fine: a file written once" "0" "$?"
check_contains "and verified" "verified" "$out"
out=$("$CLI" --workspace "$work/back.signet" --password-file "$work/pw" restore-backup "$share/team-backup.signet" 2>&1)
check "and it restores from the share to a local disk" "0" "$?"
out=$(on_share restored.signet restore-backup "$share/team-backup.signet" 2>&1)
check "but not onto the share" "1" "$?"
check_contains "for the same reason" "network file system (sshfs)" "$out"
finish
