import ExcelJS from 'exceljs';
import { headedSheet, shanghaiDate, YUAN_FORMAT } from '@app/shared';
import type { SettlementBatch } from './redemption.entity.js';
import { yuanOf } from './vouchers.rules.js';

/** One line of the treasury's payment list: a claim and the provider to pay. */
export interface SettlementLine {
  claimId: string;
  providerName: string;
  uscc: string;
  /** The product keeps no bank accounts yet: the column is there, empty, for the treasury to fill. */
  bankAccount: string | null;
  orderId: string;
  invoiceNo: string;
  amountFen: number;
}

const COLUMNS = [
  { header: '序号', key: 'no', width: 6 },
  { header: '服务机构名称', key: 'providerName', width: 36 },
  { header: '统一社会信用代码', key: 'uscc', width: 22 },
  { header: '收款银行账号', key: 'bankAccount', width: 26 },
  { header: '订单编号', key: 'orderId', width: 38 },
  { header: '发票号码', key: 'invoiceNo', width: 24 },
  { header: '兑付金额（元）', key: 'amountYuan', width: 16 },
  { header: '兑付申请编号', key: 'claimId', width: 38 },
];

/**
 * The settlement batch (结算批次) as an .xlsx for the treasury: a header row in Chinese, one row
 * per claim, a totals row. Amounts are numbers in yuan shown with two decimals, so the treasury
 * can sum and sort them; each is fen / 100 of an integer and the total is summed in fen first, so
 * every cell shows exactly its fen.
 */
export async function settlementWorkbook(batch: SettlementBatch, lines: SettlementLine[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SRDI Service Pool';
  workbook.created = batch.createdAt;
  const sheet = headedSheet(workbook, '结算批次', COLUMNS);
  lines.forEach((line, i) =>
    sheet.addRow({ ...line, no: i + 1, bankAccount: line.bankAccount ?? '', amountYuan: line.amountFen / 100 }),
  );
  const totalFen = lines.reduce((sum, line) => sum + line.amountFen, 0);
  const totals = sheet.addRow({ no: '合计', providerName: `${lines.length} 笔`, amountYuan: totalFen / 100 });
  totals.font = { bold: true };
  sheet.getColumn('amountYuan').numFmt = YUAN_FORMAT;

  const about = workbook.addWorksheet('批次信息');
  about.columns = [
    { header: '项目', key: 'k', width: 16 },
    { header: '内容', key: 'v', width: 44 },
  ];
  about.addRows([
    { k: '批次编号', v: batch.id },
    { k: '创建日期', v: shanghaiDate(batch.createdAt) },
    { k: '状态', v: batch.status === 'paid' ? '已支付' : '待支付' },
    { k: '笔数', v: String(batch.claimCount) },
    { k: '合计金额（元）', v: yuanOf(batch.totalFen) },
    { k: '银行流水号', v: batch.bankReference ?? '' },
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The download's file name: ASCII for every client, with the batch id's first part and its date. */
export const settlementFileName = (batch: SettlementBatch): string =>
  `settlement-batch-${shanghaiDate(batch.createdAt)}-${batch.id.slice(0, 8)}.xlsx`;
