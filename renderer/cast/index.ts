/**
 * The cast: the writer's characters and their voices, the Cast panel, the story chart, the
 * voice view and the quote card's speaker choice.
 */
export { castFeature } from "./feature";
export {
  castChangeSaid,
  castOfferLabel,
  castRenameOffer,
  renameAlong,
  type CastRenameOffer,
} from "./commands";
