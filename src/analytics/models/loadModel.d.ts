import { BgNbdModel } from '../value/bgnbd';
import { GammaGammaModel } from '../value/gammaGamma';
import { ParetoNbdModel } from '../value/paretoNbd';
import { LogisticModel } from './LogisticModel';
import { TreeModel } from './TreeModel';
/**
 * @example const m = crm.loadModel(JSON.parse(await fs.readFile('bgnbd.json', 'utf8')))
 * @throws when the JSON carries no known CRM Workbench model type
 */
export declare function loadModel(json: unknown): BgNbdModel | ParetoNbdModel | GammaGammaModel | TreeModel | LogisticModel;
