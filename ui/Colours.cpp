#include "ui/Colours.h"

#include <cmath>

namespace whop::ui {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &wanted, const QColor &background, double minimum)
{
    if (contrastRatio(wanted, background) >= minimum)
        return wanted;
    // Towards black on a light background, towards white on a dark one, in small steps of
    // lightness: the first that reads is the closest to the colour asked for.
    const bool darken = relativeLuminance(background) > 0.18;
    const QColor hsl = wanted.toHsl();
    const double hue = hsl.hslHueF();
    const double saturation = hsl.hslSaturationF();
    double lightness = hsl.lightnessF();
    for (int i = 0; i < 100; ++i) {
        lightness = std::clamp(lightness + (darken ? -0.01 : 0.01), 0.0, 1.0);
        const QColor candidate = QColor::fromHslF(std::max(hue, 0.0), saturation, lightness);
        if (contrastRatio(candidate, background) >= minimum)
            return candidate.toRgb();
    }
    return darken ? QColor(Qt::black) : QColor(Qt::white);
}

QColor toneBase(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return {0xc6, 0x28, 0x28};
    case Tone::Warning:
        return {0xb2, 0x6a, 0x00};
    case Tone::Info:
        return {0x1e, 0x88, 0xe5};
    }
    return {};
}

QColor toneText(Tone tone, const QColor &background)
{
    return readableOn(toneBase(tone), background);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace whop::ui
