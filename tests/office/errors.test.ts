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
    ["GeneralException", /switched workbooks.*reopen the workbook/],
    ["ApiNotFound", /too old/],
    ["InactiveWorkbook", /switched to another workbook.*Switch back/],
    ["ResponsePayloadSizeLimitExceeded", /more than Excel can send at once/],
    ["RangeExceedsLimit", /5 million cells/],
    ["Conflict", /another window/],
    ["InvalidOperation", /edited in another window/],
  ])("%s names what to do", (code, expected) => {
    const message = describeOfficeError(new FakeOfficeError(code, "raw text"));
    expect(message).toMatch(expected);
    expect(message).not.toContain("raw text");
  });

  test("a protected workbook structure is told apart from a protected sheet", () => {
    expect(describeOfficeError(new FakeOfficeError("AccessDenied", "The workbook's structure is protected: cannot add sheet X."))).toMatch(
      /Protect Workbook/
    );
    expect(describeOfficeError(new FakeOfficeError("AccessDenied", "protected sheet"))).toMatch(/Unprotect Sheet/);
  });

  test("a WorkbookError's message passes as it is; unknown errors keep their detail", () => {
    expect(describeOfficeError(new WorkbookError("Plan row 3: Target is empty."))).toBe("Plan row 3: Target is empty.");
    expect(describeOfficeError(new FakeOfficeError("Weird", "boom"))).toMatch(/\(Weird\): boom/);
    expect(toUserError(new Error("x"))).toBeInstanceOf(WorkbookError);
  });
});
