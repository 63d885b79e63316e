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
}

export class UserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['owner', 'reviewer', 'finance', 'admin'], isArray: true }) roles: UserRole[];
  @ApiProperty({ type: OrganisationView }) organisation: OrganisationView;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) lastLoginAt: Date | null;
}

export class SessionView {
  @ApiProperty({ description: 'Bearer token for the Authorization header' }) accessToken: string;
  @ApiProperty({ type: UserView }) user: UserView;
  @ApiProperty({ type: OrganisationView }) organisation: OrganisationView;
}

export function organisationView(o: Organisation): OrganisationView {
  return { id: o.id, type: o.type, name: o.name, uscc: o.uscc, regionCode: o.regionCode };
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
  };
}
