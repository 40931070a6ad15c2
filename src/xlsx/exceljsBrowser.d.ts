/** exceljs's prebuilt browser bundle (without polyfills): the same API as the package (its typings). */
declare module "exceljs/dist/exceljs.bare.min.js" {
  import * as ExcelJS from "exceljs";
  export default ExcelJS;
}
