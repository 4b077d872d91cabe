#pragma once

#include <QColor>
#include <QPalette>

namespace whop::ui {

// Colours the app adds to the platform's palette (alerts, warnings, notices, badges), derived
// from that palette so that they stay readable in light, dark and high-contrast themes. The
// measure is WCAG 2's: text needs a contrast ratio of at least 4.5:1 with its background.

inline constexpr double MinimumTextContrast = 4.5;

// WCAG 2 relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);

// `wanted`'s hue and saturation, made just light or dark enough to be read on `background`.
QColor readableOn(const QColor &wanted, const QColor &background,
                  double minimum = MinimumTextContrast);

enum class Tone
{
    Error,
    Warning,
    Info,
};

// The tone's colour for text on `background` (e.g. a palette's Window or Base).
QColor toneText(Tone tone, const QColor &background);
// The tone itself, for tints and borders.
QColor toneBase(Tone tone);

// `a` and `b` mixed: t = 0 gives a, 1 gives b.
QColor mix(const QColor &a, const QColor &b, double t);

} // namespace whop::ui
