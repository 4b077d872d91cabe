// The Qt headers most widgets include, precompiled once for the widget library (ui/CMakeLists.txt).
// No QtNetwork header: widgets hold no network code.
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHash>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QString>
#include <QTimer>
#include <QToolButton>
#include <QWidget>
