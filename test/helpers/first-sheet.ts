import ExcelJS from 'exceljs';

/** The first worksheet of an .xlsx file (a download the server answered, a template): where the data is. */
export async function firstSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}
