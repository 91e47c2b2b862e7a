#pragma once

// What the benchmarks share: a monotonic clock, and running a command as a child process with its
// wall time, CPU time (user + system: what a busy machine's wall clock hides) and peak memory.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace signet::bench {

struct Run {
    double seconds = 0;
    double cpuSeconds = 0;
    long peakKiB = 0;
    int exitCode = -1;
};

// Where the child's streams go: a file for each, or /dev/null (stdout) and ours (stdin, stderr).
struct Streams {
    QString input;
    QString output;
    QString errors;
    bool dropErrors = false;

    static Streams toFile(const QString& path)
    {
        Streams streams;
        streams.output = path;
        return streams;
    }
    static Streams errorsTo(const QString& path)
    {
        Streams streams;
        streams.errors = path;
        return streams;
    }
    static Streams quiet(const QString& inputPath = {})
    {
        Streams streams;
        streams.input = inputPath;
        streams.dropErrors = true;
        return streams;
    }
};

inline double monotonicSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Runs `command` (found on PATH); the peak RSS and CPU time come from wait4's rusage.
inline Run runTimed(const QStringList& command, const Streams& streams = {})
{
    std::vector<QByteArray> args;
    for (const QString& arg : command) {
        args.push_back(arg.toLocal8Bit());
    }
    std::vector<char*> argv;
    for (QByteArray& arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    const QByteArray input = streams.input.toLocal8Bit();
    const QByteArray output = streams.output.isEmpty() ? QByteArray("/dev/null") : streams.output.toLocal8Bit();
    const QByteArray errors = streams.dropErrors ? QByteArray("/dev/null") : streams.errors.toLocal8Bit();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (!input.isEmpty()) {
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, input.constData(), O_RDONLY, 0);
    }
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (!errors.isEmpty()) {
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errors.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    }
    Run run;
    pid_t pid = 0;
    const double start = monotonicSeconds();
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        return run;
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid) {
        return run;
    }
    run.seconds = monotonicSeconds() - start;
    run.peakKiB = usage.ru_maxrss;
    run.cpuSeconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                     + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace signet::bench
