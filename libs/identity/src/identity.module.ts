import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { CatalogModule } from '@app/catalog';
import { AppConfig } from '@app/shared';
import { AuthGuard } from './auth.js';
import { IdentityService } from './identity.service.js';
import { AccountsService } from './accounts.service.js';
import { IdentityRepository } from './identity.repository.js';
import { OrganisationVerificationService } from './organisation-verification.service.js';
import { LoginLimiter, RegistrationLimiter } from './rate-limits.js';
import { Organisation } from './organisation.entity.js';
import { User } from './user.entity.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Organisation, User]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A key object: given the string, jsonwebtoken tries it as a PEM public key on every verification (~7% of a request's CPU).
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    AuditModule,
    CatalogModule,
  ],
  providers: [
    IdentityService,
    AccountsService,
    OrganisationVerificationService,
    IdentityRepository,
    LoginLimiter,
    RegistrationLimiter,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [IdentityService, AccountsService, OrganisationVerificationService],
})
export class IdentityModule {}
