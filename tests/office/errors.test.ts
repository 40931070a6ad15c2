import { describeOfficeError, toUserError } from "../../src/office/errors";
import { WorkbookError } from "../../src/workbook/gateway";
import { FakeOfficeError } from "../support/fakeExcel";

describe("describeOfficeError", () => {
  test.each([
    ["ItemNotFound", /Set up/],
    ["AccessDenied", /Unprotect/],
    ["InvalidOperationInCellEditMode", /press Enter or Esc/],
    ["RequestPayloadSizeLimitExceeded", /too large/],
    ["InvalidArgument", /try again/],
    ["GeneralException", /reopen the workbook/],
    ["ApiNotFound", /too old/],
  ])("%s names what to do", (code, expected) => {
    const message = describeOfficeError(new FakeOfficeError(code, "raw text"));
    expect(message).toMatch(expected);
    expect(message).not.toContain("raw text");
  });

  test("a WorkbookError's message passes as it is; unknown errors keep their detail", () => {
    expect(describeOfficeError(new WorkbookError("Plan row 3: Target is empty."))).toBe("Plan row 3: Target is empty.");
    expect(describeOfficeError(new FakeOfficeError("Weird", "boom"))).toMatch(/\(Weird\): boom/);
    expect(toUserError(new Error("x"))).toBeInstanceOf(WorkbookError);
  });
});
