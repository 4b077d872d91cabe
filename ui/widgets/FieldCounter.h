#pragma once

#include <QLabel>

namespace whop::ui {

// The count beside a field: "15/100" against its limit, or "12 characters" where Whop sets
// none. Past the limit it turns to the alert colour and bold; the text itself is never cut. A
// counter against a limit keeps the width of the widest count it will show, so the field beside
// it keeps its width while one types. Screen readers hear it described by what it counts (its
// accessible description, set in the form) and read its count as its name.
class FieldCounter : public QLabel
{
    Q_OBJECT
public:
    explicit FieldCounter(QWidget *parent = nullptr);

    void showCount(int count, int limit);
};

} // namespace whop::ui
