import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { CatalogService } from '@app/catalog';
import {
  type Actor,
  type FieldError,
  InvalidStateError,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  ValidationFailedError,
} from '@app/shared';
import type { CreateVoucherProgramDto, UpdateVoucherProgramDto, VoucherProgramsQuery } from './dto/voucher.dto.js';
import { VoucherProgram } from './voucher.entity.js';
import { type LedgerCheckView, programView, type VoucherProgramView } from './voucher.views.js';
import { VouchersRepository } from './vouchers.repository.js';
import {
  applyMovement,
  type Buckets,
  bucketsHold,
  EMPTY_BUCKETS,
  movementOf,
  nextProgramStatus,
  type ProgramAction,
} from './vouchers.rules.js';

/** Voucher programmes (服务券项目): the bureau's budget, what it pays for, and the check of its ledger. */
@Injectable()
export class VoucherProgramsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: VouchersRepository,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, dto: CreateVoucherProgramDto): Promise<VoucherProgramView> {
    await this.checkFields(dto);
    return this.dataSource.transaction(async (em) => {
      const { perEnterpriseYearCapFen, ...fields } = dto;
      const program = await em.save(VoucherProgram, { ...fields, perEnterpriseCapFen: perEnterpriseYearCapFen });
      await this.audit.record(em, actor, {
        entityType: 'voucher_program',
        entityId: program.id,
        action: 'create',
        after: { ...dto },
      });
      return this.bureauView(em, program);
    });
  }

  /** Edits only while draft: an open programme's terms are what enterprises applied under. */
  async update(actor: Actor, id: string, dto: UpdateVoucherProgramDto): Promise<VoucherProgramView> {
    return this.dataSource.transaction(async (em) => {
      const program = await this.found(em, id, true);
      if (program.status !== 'draft') throw new InvalidStateError('voucher programme', program.status, 'edit');
      const { perEnterpriseYearCapFen, ...fields } = dto;
      const next = Object.assign(
        program,
        fields,
        perEnterpriseYearCapFen ? { perEnterpriseCapFen: perEnterpriseYearCapFen } : {},
      );
      await this.checkFields({ ...next, perEnterpriseYearCapFen: next.perEnterpriseCapFen });
      await em.save(next);
      await this.audit.record(em, actor, {
        entityType: 'voucher_program',
        entityId: id,
        action: 'update',
        after: { ...dto },
      });
      return this.bureauView(em, next);
    });
  }

  async transition(actor: Actor, id: string, action: ProgramAction): Promise<VoucherProgramView> {
    return this.dataSource.transaction(async (em) => {
      const program = await this.found(em, id, true);
      const to = nextProgramStatus(program.status, action);
      if (!to) throw new InvalidStateError('voucher programme', program.status, action);
      const from = program.status;
      program.status = to;
      await em.save(program);
      await this.audit.record(em, actor, {
        entityType: 'voucher_program',
        entityId: id,
        action,
        before: { status: from },
        after: { status: to },
      });
      return this.bureauView(em, program);
    });
  }

  /** The bureau sees every programme with its figures; others see open ones. */
  async list(actor: Actor | null, query: VoucherProgramsQuery): Promise<Page<VoucherProgramView>> {
    const bureau = actor?.isBureau ?? false;
    const status = bureau ? query.status : 'open';
    if (!bureau && query.status && query.status !== 'open') return pageOf([], 0, query);
    const [rows, total] = await this.dataSource.manager.findAndCount(VoucherProgram, {
      where: status ? { status } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      ...pageWindow(query),
    });
    const em = this.dataSource.manager;
    const items = bureau ? await Promise.all(rows.map((p) => this.bureauView(em, p))) : rows.map((p) => programView(p));
    return pageOf(items, total, query);
  }

  async get(actor: Actor | null, id: string): Promise<VoucherProgramView> {
    const em = this.dataSource.manager;
    const program = await this.found(em, id);
    if (actor?.isBureau) return this.bureauView(em, program);
    if (program.status === 'draft') throw new NotFoundError('Voucher programme');
    return programView(program);
  }

  /**
   * Recomputes every voucher's buckets and the programme's committed, redeemed and paid figures
   * from the ledger alone and compares them with what is stored. One pass over the ledger.
   */
  async ledgerCheck(id: string): Promise<LedgerCheckView> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const program = await this.found(em, id);
      const sums = await this.repository.ledgerSums(em, id);
      const perVoucher = new Map<string, Buckets>();
      const totals = { committedFen: 0, redeemedFen: 0, paidFen: 0 };
      let rows = 0;
      for (const { voucherId, kind, fen, count } of sums) {
        rows += count;
        const movement = movementOf(kind, fen);
        perVoucher.set(voucherId, applyMovement(perVoucher.get(voucherId) ?? EMPTY_BUCKETS, movement));
        totals.committedFen += movement.committedFen;
        totals.redeemedFen += movement.redeemedFen;
        totals.paidFen += movement.paidFen;
      }
      const differences: Array<Record<string, unknown>> = [];
      for (const v of await this.repository.vouchersOfProgram(em, id)) {
        const expected = perVoucher.get(v.id) ?? EMPTY_BUCKETS;
        perVoucher.delete(v.id);
        const stored: Buckets = {
          availableFen: v.availableFen,
          heldFen: v.heldFen,
          consumedFen: v.consumedFen,
          expiredFen: v.expiredFen,
          revokedFen: v.revokedFen,
        };
        const wrong = (Object.keys(stored) as Array<keyof Buckets>).filter((k) => stored[k] !== expected[k]);
        if (wrong.length || !bucketsHold(stored, v.faceValueFen)) {
          differences.push({
            voucherId: v.id,
            code: v.code,
            stored,
            fromLedger: expected,
            faceValueFen: v.faceValueFen,
          });
        }
      }
      for (const voucherId of perVoucher.keys()) differences.push({ voucherId, problem: 'ledger rows of no voucher' });
      const figures = await this.repository.programFigures(em, id);
      const storedTotals = {
        committedFen: program.committedFen,
        redeemedFen: figures.redeemedFen,
        paidFen: figures.paidFen,
      };
      for (const k of Object.keys(totals) as Array<keyof typeof totals>) {
        if (totals[k] !== storedTotals[k])
          differences.push({ programId: id, figure: k, stored: storedTotals[k], fromLedger: totals[k] });
      }
      return { ok: differences.length === 0, ledgerRows: rows, differences };
    });
  }

  private async bureauView(em: EntityManager, program: VoucherProgram): Promise<VoucherProgramView> {
    return programView(program, await this.repository.programFigures(em, program.id));
  }

  private async found(em: EntityManager, id: string, lock = false): Promise<VoucherProgram> {
    const program = await this.repository.program(em, id, lock);
    if (!program) throw new NotFoundError('Voucher programme');
    return program;
  }

  /** Field rules across fields: windows in order, one voucher within the cap, known categories. */
  private async checkFields(p: CreateVoucherProgramDto): Promise<void> {
    const problems: FieldError[] = [];
    const add = (field: string, message: string) => problems.push({ field, messages: [message] });
    if (p.applyFrom > p.applyUntil) add('applyUntil', 'applyUntil must not be before applyFrom');
    if (p.validFrom > p.validUntil) add('validUntil', 'validUntil must not be before validFrom');
    if (p.maxFaceValueFen > p.budgetFen) add('maxFaceValueFen', 'maxFaceValueFen must not exceed budgetFen');
    if (p.maxFaceValueFen > p.perEnterpriseYearCapFen)
      add('maxFaceValueFen', 'maxFaceValueFen must not exceed perEnterpriseYearCapFen');
    const unknown = await this.catalog.unknownCategories(p.categories);
    if (unknown.length) add('categories', `unknown categories: ${unknown.join(', ')}`);
    if (problems.length) throw new ValidationFailedError(problems);
  }

  /**
   * Every programme with the bureau's figures (as `get` shows them) and its consumed and redeemed
   * money per month (Asia/Shanghai), months without movement absent: the bureau's statistics.
   */
  async overview(em: EntityManager = this.dataSource.manager): Promise<VoucherProgramOverview[]> {
    const figures = await this.repository.figuresOfAllPrograms(em);
    const months = new Map<string, VoucherBurnMonth[]>();
    for (const { programId, ...month } of await this.repository.monthlyBurn(em)) {
      months.set(programId, [...(months.get(programId) ?? []), month]);
    }
    return (await this.repository.allPrograms(em)).map((p) => ({
      program: programView(p, figures.get(p.id) ?? { heldFen: 0, consumedFen: 0, redeemedFen: 0, paidFen: 0 }),
      months: months.get(p.id) ?? [],
    }));
  }
}

/** Consumed and redeemed voucher money in one calendar month (`YYYY-MM`, Asia/Shanghai). */
export interface VoucherBurnMonth {
  month: string;
  consumedFen: number;
  redeemedFen: number;
}

/** A programme's bureau view and its months with consumed or redeemed money, oldest first. */
export interface VoucherProgramOverview {
  program: VoucherProgramView;
  months: VoucherBurnMonth[];
}
