/** Segments: RFM scores and named segments, k-means clustering, cluster quality and profiles. */
export { rfm, type RfmOptions } from './rfm';
export { SEGMENTS, SEGMENT_NAMES_ZH, segmentName, segmentOf, type SegmentName, type Language } from './rfmSegments';
export { segmentSummary } from './segmentSummary';
export { segmentActions } from './segmentActions';
export { kmeansSegments, type KmeansOptions, type KmeansResult } from './kmeansSegments';
export { hierarchicalSegments, HIERARCHICAL_MAX_ROWS, type HierarchicalOptions, type HierarchicalResult } from './hierarchicalSegments';
export { dbscanSegments, kDistance, type DbscanOptions, type DbscanResult, type KDistanceResult } from './dbscanSegments';
export { elbow, elbowPoint, type ElbowResult } from './elbow';
export { silhouette, silhouetteSamples } from './silhouette';
export { profile, quantileSorted } from './profile';
