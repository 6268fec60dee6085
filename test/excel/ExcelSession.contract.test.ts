// The host contract on the Office.js host, over the recording fake of the Excel API.
import { runHostContract } from "../workbook/hostContract";
import { openInExcel } from "./excelHost";

runHostContract("ExcelSession", async (bytes, options) => openInExcel(bytes, options));
