/**
 * Loads any model saved with `toJSON()`, by its type tag.
 */
import { analyticsError } from '../analyticsError';
import { BgNbdModel } from '../value/bgnbd';
import { GammaGammaModel } from '../value/gammaGamma';
import { ParetoNbdModel } from '../value/paretoNbd';
import { LogisticModel } from './LogisticModel';
import { TreeModel } from './TreeModel';
import { ForestModel } from './ForestModel';

/**
 * @example const m = crm.loadModel(JSON.parse(await fs.readFile('bgnbd.json', 'utf8')))
 * @throws when the JSON carries no known CRM Workbench model type
 */
export function loadModel(json: unknown): BgNbdModel | ParetoNbdModel | GammaGammaModel | TreeModel | ForestModel | LogisticModel {
  const type = (json as { type?: unknown } | null)?.type;
  switch (type) {
    case 'crm-workbench/bgnbd':
      return BgNbdModel.fromJSON(json);
    case 'crm-workbench/pareto-nbd':
      return ParetoNbdModel.fromJSON(json);
    case 'crm-workbench/gamma-gamma':
      return GammaGammaModel.fromJSON(json);
    case 'crm-workbench/churn-tree':
    case 'crm-workbench/clv-tree':
      return TreeModel.fromJSON(json);
    case 'crm-workbench/churn-forest':
    case 'crm-workbench/clv-forest':
      return ForestModel.fromJSON(json);
    case 'crm-workbench/logistic':
      return LogisticModel.fromJSON(json);
    default:
      throw analyticsError(
        'loadModel',
        `unknown model type ${JSON.stringify(type)}; expected crm-workbench/bgnbd, pareto-nbd, gamma-gamma, churn-tree, clv-tree, churn-forest, clv-forest or logistic`,
      );
  }
}
