/** The client's names for the API's schemas: every shape comes from the generated api-schema.ts, none is written here. */
import type * as Api from './api-schema';

export type {
  DecisionType,
  FindingCategory,
  FindingInput,
  MeasureInput,
  MeasureType,
  OccupancyInput,
  OperationKind,
  OperationTrigger,
  PropertyStatus,
  Role,
  Severity,
  StatusSymbol,
  Visibility,
} from './api-schema';
export {
  findingCategoryValues,
  measureTypeValues,
  operationKindValues,
  operationTriggerValues,
  roleValues,
  severityValues,
  visibilityValues,
} from './api-schema';

export type User = Api.UserResponseDto;
export type LoginResponse = Api.LoginResponseDto;
export type ManagedUser = Api.ManagedUserDto;
export type UserWithPassword = Api.UserWithPasswordDto;
export type NewUserInput = Api.CreateUserDto;
export type UserChanges = Api.UpdateUserDto;
export type ClientConfig = Api.ClientConfigDto;
export type LegalProfile = Api.LegalProfileDto;
export type MapFeatureProperties = Api.MapFeaturePropertiesDto;
export type MapFeature = Api.MapFeatureDto;
export type MapAnswer = Api.MapFeatureCollectionDto;
export type DistrictFeature = Api.DistrictFeatureDto;
export type DistrictCollection = Api.DistrictCollectionDto;
export type DistrictOverview = Api.DistrictStatusOverviewDto;
export type DistrictImportReport = Api.DistrictImportReportDto;
export type OfficialAddress = Api.OfficialAddressDto;
export type AddressImport = Api.AddressImportDto;
export type AddressImportQuery = NonNullable<Api.operations['AddressesController_import']['parameters']['query']>;
export type DistrictImportQuery = Api.operations['DistrictsController_import']['parameters']['query'];
export type KatasterImportReport = Api.KatasterImportReportDto;
export type KatasterImportQuery = NonNullable<Api.operations['ImportsController_import']['parameters']['query']>;
export type KatasterColumns = Api.KatasterColumnsDto;
export type KatasterMapping = Api.KatasterMappingDto;
export type KatasterImportRecord = Api.KatasterImportDto;
export type KatasterProblem = Api.KatasterProblemDto;
export type Agency = Api.AgencyDto;
export type City = Api.CityDto;
export type NewAgencyInput = Api.CreateAgencyDto;
export type AgencyChanges = Api.UpdateAgencyDto;
export type PropertySummary = Api.PropertySummaryDto;
export type PropertyDetail = Api.PropertyDetailDto;
export type PropertyPage = Api.PropertyPageDto;
export type Unit = Api.UnitDto;
export type PropertyPartyLink = Api.PropertyPartyDto;
export type Finding = Api.FindingDto;
export type Occupancy = Api.OccupancyDto;
export type Measure = Api.MeasureDto;
export type AmendmentItems = Api.AmendmentItemsDto;
export type Amendment = Api.AmendmentDto;
export type Operation = Api.OperationDto;
export type Decision = Api.DecisionDto;
export type TimelineItem = Api.TimelineItemDto;

export type OperationInput = Api.CreateOperationDto;
export type AmendmentChanges = Api.AmendmentChangesInput;
export type AmendmentInput = Api.CreateAmendmentDto;
export type DecisionInput = Api.CreateDecisionDto;
export type NewPropertyInput = Api.CreatePropertyDto;
export type PropertyChanges = Api.UpdatePropertyDto;

export type SummaryQuery = Omit<Api.operations['SummariesController_summary']['parameters']['query'], 'format'>;
export type Summary = Api.SummaryDto;
export type SummaryRow = Api.SummaryRowDto;
export type SummaryFigure = Api.FigureDto;
export type Scene = Api.SceneDto;
