export * from './identity.module.js';
export * from './identity.service.js';
export * from './identity.errors.js';
export { Auth, Public, CurrentActor, OptionalActor, type Audience, isInAudience } from './auth.js';
export * from './accounts.service.js';
export * from './organisation-verification.service.js';
export { MAX_FAILED_LOGINS, MAX_FAILED_LOGINS_PER_ADDRESS, FAILED_LOGIN_WINDOW_SECONDS } from './rate-limits.js';
export { RegisterDto, RegisterOrganisationDto } from './dto/register.dto.js';
export { LoginDto } from './dto/login.dto.js';
export { CreateBureauUserDto } from './dto/create-bureau-user.dto.js';
export { UsersQueryDto } from './dto/users-query.dto.js';
export {
  UserView,
  OrganisationView,
  SessionView,
  UsccContestView,
  ContestedOrganisationView,
} from './dto/user.view.js';
