import ExcelJS from 'exceljs';

/** The first sheet of an .xlsx as rows of cell values (exceljs's 1-based rows made 0-based), header row included. */
export async function xlsxRows(bytes: Buffer | ArrayBuffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
