/**
 * The part of Excel's custom functions runtime the add-in uses, as documented in
 * https://learn.microsoft.com/javascript/api/custom-functions-runtime (the @types package is not
 * installed in this project; these declarations follow it and can be dropped when it is).
 */
declare namespace CustomFunctions {
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
  }

  class Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }

  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the runtime takes any function
  function associate(id: string, functionObject: Function): void;
}
