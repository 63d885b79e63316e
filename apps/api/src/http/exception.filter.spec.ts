import { BadRequestException, Logger, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { describe, expect, it, jest } from '@jest/globals';
import { DomainError, InvalidStateError, ValidationFailedError } from '@app/shared';
import { answerClientError, ErrorContractFilter } from './exception.filter.js';

describe('ErrorContractFilter', () => {
  const filter = new ErrorContractFilter();

  it('maps domain errors to their status, code, message and details', () => {
    expect(filter.toBody(new InvalidStateError('provider', 'draft', 'approve'))).toEqual({
      statusCode: 409,
      code: 'INVALID_STATE',
      message: 'Cannot approve a provider that is draft',
      details: { state: 'draft', action: 'approve' },
    });
    expect(filter.toBody(new ValidationFailedError([{ field: 'name', messages: ['name is required'] }]))).toMatchObject(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        details: [{ field: 'name', messages: ['name is required'] }],
      },
    );
  });

  it('gives framework errors a stable code', () => {
    expect(filter.toBody(new NotFoundException('Cannot GET /nope'))).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'Cannot GET /nope',
    });
    const parse = Object.assign(new SyntaxError('Unexpected token'), { type: 'entity.parse.failed', status: 400 });
    expect(filter.toBody(new BadRequestException('x', { cause: parse })).code).toBe('MALFORMED_JSON');
    const tooLarge = Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413 });
    expect(filter.toBody(new PayloadTooLargeException('x', { cause: tooLarge })).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers anything unexpected with 500, an errorId that is logged, and no stack or internal message', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const secret = new Error('relation "app_user" does not exist at /srv/app/dist/x.js:12');
    const body = filter.toBody(secret);
    expect(body).toEqual({
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: 'Something went wrong on our side',
      errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(JSON.stringify(body)).not.toContain('app_user');
    expect(JSON.stringify(body)).not.toContain('.js:');
    expect(log).toHaveBeenCalledWith(
      expect.objectContaining({ errorId: body.errorId, err: secret }),
      expect.stringContaining(body.errorId!),
    );
    log.mockRestore();
  });

  it('treats a DomainError subclass of another context the same way', () => {
    class VoucherBudgetExceeded extends DomainError {
      constructor() {
        super(409, 'VOUCHER_BUDGET_EXCEEDED', 'The programme budget is used up');
      }
    }
    expect(filter.toBody(new VoucherBudgetExceeded())).toMatchObject({
      statusCode: 409,
      code: 'VOUCHER_BUDGET_EXCEEDED',
    });
  });
});

describe('answerClientError (requests refused by the HTTP parser)', () => {
  const socket = (state: { writable?: boolean; bytesWritten?: number } = {}) => {
    const written: string[] = [];
    const fake = {
      writable: state.writable ?? true,
      bytesWritten: state.bytesWritten ?? 0,
      end: jest.fn((text: string) => written.push(text)),
      destroy: jest.fn(),
    };
    return { fake, written, as: fake as unknown as Parameters<typeof answerClientError>[1] };
  };
  const parse = (response: string) => {
    const [head, body] = response.split('\r\n\r\n');
    return { statusLine: head.split('\r\n')[0], headers: head, body: JSON.parse(body) as Record<string, unknown> };
  };

  it('answers headers over the limit with 431 and the error contract in JSON', () => {
    const s = socket();
    answerClientError(Object.assign(new Error('Header overflow'), { code: 'HPE_HEADER_OVERFLOW' }), s.as);
    const answer = parse(s.written[0]);
    expect(answer.statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(answer.headers).toContain('Content-Type: application/json');
    expect(answer.body).toEqual({ statusCode: 431, code: 'HEADERS_TOO_LARGE', message: expect.any(String) });
  });

  it('answers other parser errors with 400 BAD_REQUEST', () => {
    const s = socket();
    answerClientError(Object.assign(new Error('Invalid method'), { code: 'HPE_INVALID_METHOD' }), s.as);
    expect(parse(s.written[0]).body).toMatchObject({ statusCode: 400, code: 'BAD_REQUEST' });
  });

  it('only closes a socket it can no longer answer on', () => {
    for (const state of [{ writable: false }, { bytesWritten: 10 }]) {
      const s = socket(state);
      answerClientError(Object.assign(new Error('x'), { code: 'HPE_INVALID_METHOD' }), s.as);
      expect(s.fake.end).not.toHaveBeenCalled();
      expect(s.fake.destroy).toHaveBeenCalled();
    }
  });
});
