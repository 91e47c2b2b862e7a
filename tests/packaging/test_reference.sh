#!/usr/bin/env bash
# signet-cli's man page and shell completions, made at build time from its command table: every
# command and every option that `signet-cli COMMAND --help` shows is in the man page, and bash
# completes commands, options, fixed values and file names the way the parser accepts them.
. "$SIGNET_TEST_LIB"

build=${SIGNET_BUILD_DIR:?SIGNET_BUILD_DIR must name the build folder}
man_page="$build/packaging/signet-cli.1"
bash_completion="$build/packaging/signet-cli.bash"
zsh_completion="$build/packaging/_signet-cli"
for f in "$man_page" "$bash_completion" "$zsh_completion"; do
    [[ -f "$f" ]] || { fail "$f was built"; finish; }
done
man_text=$(cat "$man_page")

# The commands as the program's own --help lists them ("  ca create NAME ..." lines).
expect_ok "$SIGNET_CLI" --help
commands=$(sed -n '/^Commands:/,/^$/p' <<<"$OUT" | sed -n 's/^  \([a-z][a-z ]*[a-z]\)\( [A-Z[].*\)\{0,1\}$/\1/p' | sed 's/ [A-Z[].*//')
count=0
while read -r command; do
    [[ -n "$command" ]] || continue
    count=$((count + 1))
    assert_contains "$man_text" ".SS ${command//-/\\-}"$'\n' "the man page has a section for '$command'"
    # shellcheck disable=SC2086 # "ca create" is two words
    run "$SIGNET_CLI" $command --help
    options=$(grep -oE '^ +(-[a-zA-Z], )?--[a-z0-9-]+' <<<"$OUT" | grep -oE -- '--[a-z0-9-]+' | grep -v -- '--help')
    for option in $options; do
        assert_contains "$man_text" "\\fB${option//-/\\-}\\fR" "the man page documents '$command $option'"
    done
done <<<"$commands"
[[ $count -ge 15 ]] && pass "--help lists $count commands" || fail "--help lists only $count commands"
assert_not_contains "$man_text" "$HOME" "the man page names no home folder"
assert_contains "$man_text" '$XDG_DATA_HOME/signet/default.signet' "the man page names the default workspace literally"
for section in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS ENVIRONMENT '"EXIT STATUS"' FILES EXAMPLES '"SEE ALSO"'; do
    assert_contains "$man_text" ".SH $section"$'\n' "the man page has $section"
done
for variable in SIGNET_WORKSPACE SIGNET_PASSWORD SIGNET_NEW_PASSWORD SIGNET_IMPORT_PASSWORD SIGNET_NOW; do
    assert_contains "$man_text" "\\fB${variable}\\fR" "the man page documents \$$variable"
done

# bash: completions as bash-completion loads them, asked the way readline asks.
complete_line() { # complete_line "signet-cli export alice --f": prints the candidates, one a line
    bash --norc --noprofile -c '
        . /usr/share/bash-completion/bash_completion
        . "$1"
        COMP_LINE=$2
        COMP_POINT=${#COMP_LINE}
        read -ra COMP_WORDS <<<"$COMP_LINE"
        [[ $COMP_LINE == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
        _signet_cli signet-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}"
    ' bash "$bash_completion" "$1" | sort
}
words() { tr '\n' ' ' <<<"$1" | sed 's/ $//'; }

assert_contains "$(words "$(complete_line "signet-cli ")")" "audit backup batch ca check config crl csr defaults deployments export export-ca import import-ca init issue kit lint list member migrate passwd release remove rename renew restore restore-backup revoke show sign status template verify" \
    "bash completes the command words"
assert_eq "create share unshare" "$(words "$(complete_line "signet-cli ca ")")" "bash completes 'ca' to create, share and unshare"
assert_eq "--batch client server" "$(words "$(complete_line "signet-cli issue ")")" "bash completes 'issue' to --batch, client and server"
assert_eq "create list show" "$(words "$(complete_line "signet-cli csr ")")" "bash completes 'csr' to create, list and show"
assert_eq "--format" "$(words "$(complete_line "signet-cli export alice --form")")" "bash completes an option"
assert_eq "chain der fullchain key mobileconfig p12 p7b pem" \
    "$(words "$(complete_line "signet-cli export alice --format ")")" "bash completes --format's values"
assert_eq "compatible modern" "$(words "$(complete_line "signet-cli export alice --p12-profile ")")" \
    "bash completes --p12-profile's values"
assert_eq "apache haproxy nginx node" "$(words "$(complete_line "signet-cli config ")")" "bash completes the server kinds"
assert_eq "keyCompromise" "$(words "$(complete_line "signet-cli revoke bob --reason key")")" "bash completes a reason"
assert_eq "--status" "$(words "$(complete_line "signet-cli --workspace x.signet list --st")")" \
    "bash skips global options before the command"
mkdir -p "$TEST_DIR/files" && touch "$TEST_DIR/files/request.csr"
cd "$TEST_DIR/files" || exit 2
assert_eq "request.csr" "$(words "$(complete_line "signet-cli sign Root ")")" "bash completes the CSR file"
assert_eq "" "$(words "$(complete_line "signet-cli sign ")")" "bash offers no file for the CA argument"
assert_eq "request.csr" "$(words "$(complete_line "signet-cli export alice --out ")")" "bash completes --out with files"
cd "$TEST_DIR" || exit 2

# zsh: the completion function parses.
run zsh -n "$zsh_completion"
assert_eq "0:" "$RC:$ERR" "zsh parses _signet-cli"
assert_eq "#compdef signet-cli" "$(head -n 1 "$zsh_completion")" "_signet-cli is a zsh completion for signet-cli"
finish
