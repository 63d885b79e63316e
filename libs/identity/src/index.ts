export * from './identity.module.js';
export * from './identity.service.js';
export * from './identity.errors.js';
export { Auth, Public, CurrentActor, OptionalActor, type Audience, isInAudience } from './auth.js';
export { MAX_FAILED_LOGINS, FAILED_LOGIN_WINDOW_SECONDS } from './login-limiter.js';
export { RegisterDto, RegisterOrganisationDto } from './dto/register.dto.js';
export { LoginDto } from './dto/login.dto.js';
export { CreateBureauUserDto } from './dto/create-bureau-user.dto.js';
export { UserView, OrganisationView, SessionView } from './dto/user.view.js';
