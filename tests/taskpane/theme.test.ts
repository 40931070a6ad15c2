import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { luminanceOf, themeForBackground } from "../../src/taskpane/theme";

describe("themeForBackground", () => {
  it("picks the dark theme for Office's dark grey and black backgrounds", () => {
    expect(themeForBackground("#262626")).toBe(webDarkTheme);
    expect(themeForBackground("#000000")).toBe(webDarkTheme);
    expect(themeForBackground("#333")).toBe(webDarkTheme);
  });

  it("picks the light theme for white, colourful and light grey backgrounds, and when unknown", () => {
    expect(themeForBackground("#FFFFFF")).toBe(webLightTheme);
    expect(themeForBackground("#E6E6E6")).toBe(webLightTheme);
    expect(themeForBackground(undefined)).toBe(webLightTheme);
    expect(themeForBackground("not a colour")).toBe(webLightTheme);
  });

  it("measures relative luminance", () => {
    expect(luminanceOf("#ffffff")).toBeCloseTo(1);
    expect(luminanceOf("#000")).toBe(0);
    expect(luminanceOf("blue")).toBeNull();
  });
});
