/** Actions: what to do with the customers, and whether it paid (campaign ROI, lift tests). */
export { campaign, liftTest, type CampaignInput, type CampaignResult, type LiftResult } from './campaign';
export { pseudonymize, pseudonymCoder, type PseudonymizeOptions } from './pseudonymize';
export { joinContacts, CONTACT_COLUMNS } from './joinContacts';
export { segmentMigration, type SegmentMigration, type SegmentMigrationOptions } from './segmentMigration';
export { actionList, type ActionListOptions } from './actionList';
export type { ActionRule } from './actionTexts';
export { customerCard, type CustomerCard, type CustomerCardOptions } from './customerCard';
