import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  Auth,
  CreateBureauUserDto,
  CurrentActor,
  IdentityService,
  LoginDto,
  Public,
  RegisterDto,
  SessionView,
  UserView,
} from '@app/identity';
import type { Actor } from '@app/shared';

@ApiTags('identity')
@Public()
@Controller('auth')
export class AuthController {
  constructor(private readonly identity: IdentityService) {}

  @Post('register')
  @ApiCreatedResponse({
    type: SessionView,
    description: 'The user, its organisation (the user is its owner) and a token',
  })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN or ORGANISATION_ALREADY_REGISTERED' })
  register(@Body() dto: RegisterDto): Promise<SessionView> {
    return this.identity.register(dto);
  }

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionView })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS' })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_LOGIN_ATTEMPTS: 10 failed logins in 15 minutes' })
  login(@Body() dto: LoginDto): Promise<Omit<SessionView, 'organisation'>> {
    return this.identity.login(dto);
  }
}

@ApiTags('identity')
@Controller('me')
export class MeController {
  constructor(private readonly identity: IdentityService) {}

  @Get()
  @Auth()
  @ApiOkResponse({ type: UserView, description: 'The user, its organisation and roles' })
  me(@CurrentActor() actor: Actor): Promise<UserView> {
    return this.identity.me(actor);
  }
}

@ApiTags('bureau')
@Controller('bureau/users')
export class BureauUsersController {
  constructor(private readonly identity: IdentityService) {}

  @Post()
  @Auth('admin')
  @ApiCreatedResponse({ type: UserView })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateBureauUserDto): Promise<UserView> {
    return this.identity.createBureauUser(actor, dto);
  }

  @Get()
  @Auth('admin')
  @ApiOkResponse({ type: [UserView] })
  list(@CurrentActor() actor: Actor): Promise<UserView[]> {
    return this.identity.listBureauUsers(actor);
  }
}
