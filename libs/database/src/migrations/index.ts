// Every migration, in order. Generated with `npm run migration:generate -- <Name>`, then read and committed.
import { Init1795357725791 } from './1795357725791-Init.js';
import { AppendOnlyAuditAndReferenceData1795357725792 } from './1795357725792-AppendOnlyAuditAndReferenceData.js';

export const MIGRATIONS: Function[] = [Init1795357725791, AppendOnlyAuditAndReferenceData1795357725792];
