import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance (0 black … 1 white) of "#rrggbb" / "#rgb"; null when not a hex colour. */
export function luminanceOf(color: string): number | null {
  const hex = color.trim().replace(/^#/, "");
  const full = hex.length === 3 ? hex.replace(/./g, (c) => c + c) : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const channel = (offset: number) => {
    const value = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** The Fluent theme matching an Office theme's body background (dark grey/black → dark). */
export function themeForBackground(bodyBackgroundColor: string | undefined | null): Theme {
  const luminance = bodyBackgroundColor ? luminanceOf(bodyBackgroundColor) : null;
  return luminance !== null && luminance < 0.2 ? webDarkTheme : webLightTheme;
}
