import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentActor } from '@app/identity';
import {
  MarkAllReadView,
  NotificationPage,
  NotificationsQuery,
  NotificationsService,
  NotificationView,
} from '@app/notifications';
import type { Actor } from '@app/shared';
import { UuidParam } from '../http/uuid-param.js';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Auth()
  @ApiOkResponse({ type: NotificationPage, description: "Your organisation's notifications, newest first" })
  list(@CurrentActor() actor: Actor, @Query() query: NotificationsQuery): Promise<NotificationPage> {
    return this.notifications.list(actor, query);
  }

  // Declared before `:id/read` for readability only: the paths differ in length, so they never clash.
  @Post('read-all')
  @HttpCode(200)
  @Auth()
  @ApiOkResponse({ type: MarkAllReadView, description: "Marks all of your organisation's unread notifications read" })
  readAll(@CurrentActor() actor: Actor): Promise<MarkAllReadView> {
    return this.notifications.markAllRead(actor);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Auth()
  @ApiOkResponse({ type: NotificationView, description: 'Read already: unchanged (the first reader is kept)' })
  @ApiNotFoundResponse({ description: "No such notification of your organisation's" })
  read(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<NotificationView> {
    return this.notifications.markRead(actor, id);
  }
}
