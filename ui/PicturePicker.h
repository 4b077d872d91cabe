#pragma once

#include "avatar/ImagePipeline.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace whop::ui {

class CropDialog;

// Choosing a new picture, wherever one is needed: a file dialog or the clipboard, decoding it off
// the UI thread (app/core/avatar), refusing what cannot be used before any request, and framing
// it in the crop dialog. Hands over the encoded picture; it neither stores nor sends it.
class PicturePicker : public QObject
{
    Q_OBJECT
public:
    explicit PicturePicker(QWidget *window);
    // A picture is opened only while `gate` says yes (e.g. not while saving).
    void setGate(std::function<bool()> gate) { m_gate = std::move(gate); }

    void chooseFile();
    void paste();
    void open(const avatar::PictureInput &input);
    CropDialog *cropDialog() const;
    bool isOpening() const { return m_loader.isRunning(); }
    bool isBusy() const;

Q_SIGNALS:
    void chosen(const whop::avatar::EncodedPicture &picture);
    // A picture was refused, or the clipboard held none.
    void message(const QString &text);
    void status(const QString &text);
    void openingChanged(bool opening);

private:
    void onLoaded();

    QWidget *m_window;
    std::function<bool()> m_gate;
    QFutureWatcher<avatar::LoadedPicture> m_loader;
    QPointer<CropDialog> m_dialog;
};

} // namespace whop::ui
