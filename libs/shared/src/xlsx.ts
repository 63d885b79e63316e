import type ExcelJS from 'exceljs';

/** The media type of an .xlsx download. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Yuan as numbers shown with two decimals (cells hold fen / 100, so they sum and sort). */
export const YUAN_FORMAT = '#,##0.00';

/** A sheet with a bold header row in Chinese, frozen while scrolling. */
export function headedSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Array<Partial<ExcelJS.Column>>,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  return sheet;
}
