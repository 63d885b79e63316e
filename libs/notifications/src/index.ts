export * from './notifications.module.js';
export { type NewNotification, NotificationsService } from './notifications.service.js';
export * from './dto/notifications.query.js';
export * from './notification.views.js';
