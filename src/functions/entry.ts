/**
 * The functions bundle's entry, loaded by taskpane.html (the shared runtime's page). The
 * CustomFunctions.associate calls that custom-functions-metadata-plugin appends to functions.ts
 * need the custom functions runtime, which office.js provides inside Excel; the same page opened
 * anywhere else (a browser, the browser tests) loads the functions without registering them.
 */
if (typeof CustomFunctions !== "undefined") void import(/* webpackMode: "eager" */ "./functions");
