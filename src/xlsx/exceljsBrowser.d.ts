/** exceljs's prebuilt browser bundle: the same API as the package (its typings). */
declare module "exceljs/dist/exceljs.min.js" {
  import * as ExcelJS from "exceljs";
  export default ExcelJS;
}
