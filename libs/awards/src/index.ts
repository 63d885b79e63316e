export * from './awards.config.js';
export * from './awards.rules.js';
export * from './related-parties.js';
