import { ConflictError } from '@app/shared';

/** Only an approved pool member may publish. */
export class ProviderNotApprovedError extends ConflictError {
  constructor(status: string) {
    super('PROVIDER_NOT_APPROVED', `Only providers admitted to the pool may publish listings (yours is ${status})`, {
      providerStatus: status,
    });
  }
}
