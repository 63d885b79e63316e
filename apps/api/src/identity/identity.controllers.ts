import { Body, Controller, Get, HttpCode, Ip, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  AccountsService,
  Auth,
  CreateBureauUserDto,
  CurrentActor,
  IdentityService,
  LoginDto,
  OrganisationVerificationService,
  Public,
  RegisterDto,
  SessionView,
  UsccContestView,
  UserView,
  UsersQueryDto,
} from '@app/identity';
import { type Actor, ReasonDto } from '@app/shared';
import { UuidParam } from '../http/uuid-param.js';

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
  @ApiConflictResponse({ description: 'EMAIL_TAKEN' })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_REGISTRATIONS: REGISTRATIONS_PER_HOUR from this address' })
  register(@Body() dto: RegisterDto, @Ip() address: string): Promise<SessionView> {
    return this.identity.register(dto, address);
  }

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionView })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS or ACCOUNT_DEACTIVATED' })
  @ApiTooManyRequestsResponse({
    description:
      'TOO_MANY_LOGIN_ATTEMPTS: from this address, 10 failed logins to one account or 100 to any in 15 minutes',
  })
  login(@Body() dto: LoginDto, @Ip() address: string): Promise<Omit<SessionView, 'organisation'>> {
    return this.identity.login(dto, address);
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
  constructor(
    private readonly identity: IdentityService,
    private readonly accounts: AccountsService,
  ) {}

  @Post()
  @Auth('admin')
  @ApiCreatedResponse({ type: UserView })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateBureauUserDto): Promise<UserView> {
    return this.identity.createBureauUser(actor, dto);
  }

  @Get()
  @Auth('admin')
  @ApiOkResponse({ type: [UserView], description: "The bureau's users, or with orgId any organisation's" })
  list(@CurrentActor() actor: Actor, @Query() query: UsersQueryDto): Promise<UserView[]> {
    return this.accounts.list(actor, query.orgId);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Auth('admin')
  @ApiOkResponse({ type: UserView, description: 'The user can no longer log in; its tokens stop working at once' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  @ApiConflictResponse({ description: 'CANNOT_DEACTIVATE_SELF' })
  deactivate(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ReasonDto): Promise<UserView> {
    return this.accounts.deactivate(actor, id, dto.reason);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @Auth('admin')
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  reactivate(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<UserView> {
    return this.accounts.reactivate(actor, id);
  }
}

@ApiTags('bureau')
@Controller('bureau/uscc-contests')
export class UsccContestsController {
  constructor(private readonly verification: OrganisationVerificationService) {}

  @Get()
  @Auth('reviewer', 'admin')
  @ApiOkResponse({
    type: [UsccContestView],
    description:
      'USCCs registered by more than one organisation of a type, each with its organisations and users; the bureau decides by checking the business licence (pool admission, tier review)',
  })
  list(): Promise<UsccContestView[]> {
    return this.verification.contests();
  }
}
