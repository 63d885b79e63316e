export * from './stats.module.js';
export { StatsService } from './stats.service.js';
export * from './stats.views.js';
export { POOL_TARGET } from './stats.rules.js';
