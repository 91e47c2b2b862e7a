#include "WordSplitter.h"

#include <QCoreApplication>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("WordSplitter", text);
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

bool escapableInDoubleQuotes(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\\') || c == QLatin1Char('$') || c == QLatin1Char('`');
}
} // namespace

Result<QStringList> WordSplitter::split(const QString& line)
{
    if (line.size() > kMaxLineLength) {
        return makeError(tr("the line is longer than %1 characters").arg(kMaxLineLength));
    }
    enum class State { Between, Word, Single, Double };
    State state = State::Between;
    QStringList words;
    QString word;
    const auto endWord = [&]() -> Status {
        if (words.size() >= kMaxWords) {
            return makeError(tr("the line has more than %1 words").arg(kMaxWords));
        }
        words << word;
        word.clear();
        return {};
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        switch (state) {
        case State::Between:
        case State::Word:
            if (isBlank(c)) {
                if (state == State::Word) {
                    if (Status st = endWord(); !st) {
                        return st.error();
                    }
                }
                state = State::Between;
            } else if (c == QLatin1Char('#') && state == State::Between) {
                i = line.size(); // a comment to the end of the line
            } else if (c == QLatin1Char('\'')) {
                state = State::Single;
            } else if (c == QLatin1Char('"')) {
                state = State::Double;
            } else if (c == QLatin1Char('\\')) {
                if (i + 1 >= line.size()) {
                    return makeError(tr("the line ends with a backslash"));
                }
                word += line.at(++i);
                state = State::Word;
            } else {
                word += c;
                state = State::Word;
            }
            break;
        case State::Single:
            if (c == QLatin1Char('\'')) {
                state = State::Word;
            } else {
                word += c;
            }
            break;
        case State::Double:
            if (c == QLatin1Char('"')) {
                state = State::Word;
            } else if (c == QLatin1Char('\\') && i + 1 < line.size() && escapableInDoubleQuotes(line.at(i + 1))) {
                word += line.at(++i);
            } else {
                word += c;
            }
            break;
        }
    }
    if (state == State::Single || state == State::Double) {
        return makeError(tr("a quote is not closed on the line"));
    }
    if (state == State::Word) {
        if (Status st = endWord(); !st) {
            return st.error();
        }
    }
    return words;
}

} // namespace signet
