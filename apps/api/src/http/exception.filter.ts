import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@app/shared';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
  errorId?: string;
}

/** Codes for errors raised outside our services (the framework, body parser, routing). */
const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_ENTITY',
  429: 'TOO_MANY_REQUESTS',
};

/**
 * The one place errors become HTTP answers (API.md): `{ statusCode, code, message, details? }`.
 * Anything unexpected is a 500 with an `errorId` that is also logged; no stack leaves the server.
 */
@Catch()
export class ErrorContractFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode === 429) {
      const retry = (body.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (retry) response.setHeader('Retry-After', String(retry));
    }
    response.status(body.statusCode).json(body);
  }

  toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      return {
        statusCode: exception.status,
        code: exception.code,
        message: exception.message,
        details: exception.details,
      };
    }
    // Nest wraps body-parser errors in an HttpException whose `cause` is the original.
    const parserError = bodyParserError(exception) ?? bodyParserError((exception as { cause?: unknown })?.cause);
    if (parserError) return parserError;
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      return { statusCode: status, code: HTTP_CODES[status] ?? `HTTP_${status}`, message: httpMessage(exception) };
    }
    const errorId = randomUUID();
    this.logger.error({ errorId, err: exception }, `Unexpected error ${errorId}`);
    return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Something went wrong on our side', errorId };
  }
}

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
}

/** Errors of the JSON body parser (`type` is set by body-parser / raw-body). */
function bodyParserError(exception: unknown): ErrorBody | undefined {
  const e = exception as { type?: string; status?: number };
  switch (e?.type) {
    case 'entity.parse.failed':
      return { statusCode: 400, code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' };
    case 'entity.too.large':
      return { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than 1 MB' };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send JSON in UTF-8' };
    default:
      return undefined;
  }
}

/** Errors of Node's HTTP parser, raised before Express sees the request: the status and code each answers. */
const CLIENT_ERRORS: Record<string, { statusCode: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    statusCode: 431,
    code: 'HEADERS_TOO_LARGE',
    message: 'The request line and headers are larger than the server accepts (16 KB)',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    statusCode: 408,
    code: 'REQUEST_TIMEOUT',
    message: 'The request took too long to arrive',
  },
};

/**
 * The HTTP server's `clientError` listener: a request Node's parser refuses (a request line or
 * headers over 16 KB, bad HTTP) gets the error contract in JSON instead of Node's bare status line.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex & { bytesWritten?: number }): void {
  if (error.code === 'ECONNRESET' || !socket.writable || (socket.bytesWritten ?? 0) > 0) {
    socket.destroy();
    return;
  }
  const body: ErrorBody = CLIENT_ERRORS[error.code ?? ''] ?? {
    statusCode: 400,
    code: 'BAD_REQUEST',
    message: 'The request is not valid HTTP',
  };
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${body.statusCode} ${STATUS_CODES[body.statusCode]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
  );
}
