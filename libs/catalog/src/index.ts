export * from './catalog.module.js';
export * from './catalog.service.js';
export { Jurisdiction, type Region } from './jurisdiction.js';
export { ServiceCategory } from './service-category.entity.js';
