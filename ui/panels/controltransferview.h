#pragma once

#include <QImage>
#include <QWidget>

namespace ck {

class ControlTransferDemo;
class ControlTransferPainter;

// Shows ControlTransferPainter's diagram of a run at one step, in light or dark colours after
// the widget's palette. The demo is owned by whoever sets it and must outlive the view's use of it.
class ControlTransferView : public QWidget
{
    Q_OBJECT

public:
    explicit ControlTransferView(QWidget *parent = nullptr);

    void setDemo(const ControlTransferDemo *demo, int step);
    void setStep(int step);
    int step() const { return m_step; }

    // The diagram as painted at `size` (the widget's size when empty).
    QImage toImage(QSize size = {}) const;
    // Where event `step` lands in an image of `size`.
    QRectF eventRect(int step, QSize size = {}) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    ControlTransferPainter painterFor(const QSize &size) const;

    const ControlTransferDemo *m_demo = nullptr;
    int m_step = 0;
};

} // namespace ck
