import { AGS_PATTERN } from '../cities/city-key.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, IsObject, ValidateNested, Matches } from 'class-validator';
import { IsCalendarDate } from '../common/dates.js';
import type { Party, PartyKind } from './party.entity.js';
import type { PartyRole, PropertyParty } from './property-party.entity.js';
import { IsPlainText } from '../common/plain-text.js';
import { unlessOmitted } from '../common/unless-omitted.js';

export const PARTY_KINDS = ['person', 'company'] as const satisfies readonly PartyKind[];
export const PARTY_ROLES = ['owner', 'manager', 'landlord'] as const satisfies readonly PartyRole[];
export const MAX_ALIASES = 20;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? (value as unknown[]).map((v) => (typeof v === 'string' ? v.trim() : v)) : value);

export class CreatePartyDto {
  @ApiProperty({ enum: PARTY_KINDS, enumName: 'PartyKind' }) @IsIn(PARTY_KINDS) kind: PartyKind;
  @ApiProperty({ example: 'Rhein-Ruhr Wohnbesitz GmbH', maxLength: 300 }) @Transform(trim) @IsString() @IsPlainText() @Length(1, 300) name: string;
  @ApiPropertyOptional({ type: [String], maxItems: MAX_ALIASES, description: 'Earlier or other names.' })
  @IsOptional()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(MAX_ALIASES)
  @IsString({ each: true })
  @IsPlainText({ each: true })
  @Length(1, 300, { each: true })
  aliases?: string[];
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @Length(1, 500)
  contactAddress?: string | null;
  @ApiPropertyOptional({
    example: '05112000',
    description: "AGS of the city whose file holds the party: the user's own when left out; linked to a building, the building's.",
  })
  @IsOptional()
  @IsString()
  @Matches(AGS_PATTERN, { message: 'cityAgs must be the AGS of a city, eight digits' })
  cityAgs?: string;
}

export class UpdatePartyDto {
  @ApiPropertyOptional({ enum: PARTY_KINDS, enumName: 'PartyKind' }) @unlessOmitted @IsIn(PARTY_KINDS) kind?: PartyKind;
  @ApiPropertyOptional({ maxLength: 300, description: 'A new name keeps the old one as an alias.' })
  @unlessOmitted
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @Length(1, 300)
  name?: string;
  @ApiPropertyOptional({ type: [String], maxItems: MAX_ALIASES, description: 'Replaces the aliases (the old name is still added on a rename).' })
  @unlessOmitted
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(MAX_ALIASES)
  @IsString({ each: true })
  @IsPlainText({ each: true })
  @Length(1, 300, { each: true })
  aliases?: string[];
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, description: 'null removes it.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @Length(1, 500)
  contactAddress?: string | null;
}

export class SearchPartiesQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name or of an alias, any case.', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @MaxLength(200)
  q?: string;
}

export class LinkPartyDto {
  @ApiPropertyOptional({ description: 'An existing party; or give `party` to create one.' }) @unlessOmitted @IsUUID('all') partyId?: string;
  @ApiPropertyOptional({ type: CreatePartyDto, description: 'A new party to create and link.' })
  @unlessOmitted
  @IsObject()
  @ValidateNested()
  @Type(() => CreatePartyDto)
  party?: CreatePartyDto;
  @ApiProperty({ enum: PARTY_ROLES, enumName: 'PartyRole' }) @IsIn(PARTY_ROLES) role: PartyRole;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) @IsOptional() @IsCalendarDate() validFrom?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Not before validFrom.' }) @IsOptional() @IsCalendarDate() validTo?:
    string | null;
}

export class PartyDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: PARTY_KINDS, enumName: 'PartyKind' }) kind: PartyKind;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String] }) aliases: string[];
  @ApiProperty({ type: String, nullable: true }) contactAddress: string | null;
  @ApiProperty({ example: 1, description: 'Changes so far; answered as ETag, and PATCH needs it in If-Match.' }) version: number;
}

export class PropertyPartyDto {
  @ApiProperty() linkId: string;
  @ApiProperty({ enum: PARTY_ROLES, enumName: 'PartyRole' }) role: PartyRole;
  @ApiProperty({ type: String, nullable: true, example: '2019-01-01' }) validFrom: string | null;
  @ApiProperty({ type: String, nullable: true }) validTo: string | null;
  @ApiProperty({ type: PartyDto }) party: PartyDto;
}

export function toPartyDto(party: Party): PartyDto {
  return { id: party.id, kind: party.kind, name: party.name, aliases: [...party.aliases], contactAddress: party.contactAddress, version: party.version };
}

export function toPropertyPartyDto(link: PropertyParty, party: Party): PropertyPartyDto {
  return { linkId: link.id, role: link.role, validFrom: link.validFrom, validTo: link.validTo, party: toPartyDto(party) };
}
