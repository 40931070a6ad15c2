/** Errors shaped like OfficeExtension.Error: name "RichApi.Error", a string `code`, debugInfo. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export const propertyNotLoaded = (type: string, prop: string): FakeOfficeError =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`
  );

export const itemNotFound = (what: string): FakeOfficeError =>
  new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`);

export const invalidArgument = (why: string, location?: string): FakeOfficeError =>
  new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${why})`, location);

export const accessDenied = (sheet: string): FakeOfficeError =>
  new FakeOfficeError(
    "AccessDenied",
    `The cell or chart you're trying to change is on a protected sheet (${sheet}).`
  );

export const itemAlreadyExists = (what: string): FakeOfficeError =>
  new FakeOfficeError("ItemAlreadyExists", `The resource already exists. (${what})`);
