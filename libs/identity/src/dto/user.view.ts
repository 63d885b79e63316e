import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORG_TYPES, type OrgType, type UserRole } from '@app/shared';
import type { Organisation } from '../organisation.entity.js';
import type { User } from '../user.entity.js';

export class OrganisationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ORG_TYPES }) type: OrgType;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) uscc: string | null;
  @ApiProperty() regionCode: string;
  @ApiProperty({
    nullable: true,
    type: Date,
    description: 'When the bureau checked its business licence (pool admission or tier review); null: not yet',
  })
  verifiedAt: Date | null;
}

export class UserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['owner', 'reviewer', 'finance', 'admin'], isArray: true }) roles: UserRole[];
  @ApiProperty({ type: OrganisationView }) organisation: OrganisationView;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) lastLoginAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'Set: the user cannot log in and its tokens are refused' })
  deactivatedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) deactivationReason: string | null;
}

export class SessionView {
  @ApiProperty({ description: 'Bearer token for the Authorization header' }) accessToken: string;
  @ApiProperty({ type: UserView }) user: UserView;
  @ApiProperty({ type: OrganisationView }) organisation: OrganisationView;
  @ApiPropertyOptional({
    description:
      'Registration only: another organisation of this type registered this USCC too; the bureau decides whose it is when it checks the business licence',
  })
  usccContested?: boolean;
}

/** An organisation that registered a USCC another of its type registered too, with its users. */
export class ContestedOrganisationView extends OrganisationView {
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: [UserView] }) users: UserView[];
}

/** One contested USCC: every organisation of the type that registered it, oldest first. */
export class UsccContestView {
  @ApiProperty() uscc: string;
  @ApiProperty({ enum: ['enterprise', 'provider'] }) type: OrgType;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The verified one, if any' })
  verifiedOrganisationId: string | null;
  @ApiProperty({ type: [ContestedOrganisationView] }) organisations: ContestedOrganisationView[];
}

export function organisationView(o: Organisation): OrganisationView {
  return { id: o.id, type: o.type, name: o.name, uscc: o.uscc, regionCode: o.regionCode, verifiedAt: o.verifiedAt };
}

export function userView(u: User, o: Organisation): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    roles: u.roles,
    organisation: organisationView(o),
    createdAt: u.createdAt,
    lastLoginAt: u.lastLoginAt,
    deactivatedAt: u.deactivatedAt,
    deactivationReason: u.deactivationReason,
  };
}
