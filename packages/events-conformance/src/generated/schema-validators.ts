// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// The schema layer's ajv validators, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";
import { pythonPatternEngine } from "../python-pattern.js";

const require = createRequire(import.meta.url);

export const artifact_identity = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/artifact_identity","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.","properties":{"artifact_class":{"enum":["input","workflow","output","evidence","policy","runtime"],"title":"Artifact Class","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"path":{"description":"Repository-relative path","minLength":1,"title":"Path","type":"string"},"run_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Run Id"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Wp Id"}},"required":["mission_key","path","artifact_class"],"title":"ArtifactIdentity","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func69 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/artifact_identity" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.mission_key === undefined) || (!(func0.call(data, "mission_key")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.path === undefined) || (!(func0.call(data, "path")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.artifact_class === undefined) || (!(func0.call(data, "artifact_class")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifact_class"},message:"must have required property '"+"artifact_class"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.artifact_class !== undefined && func0.call(data, "artifact_class")){
let data0 = data.artifact_class;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/artifact_class",schemaPath:"#/properties/artifact_class/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.artifact_class.type,parentSchema:schema31.properties.artifact_class,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((((data0 === "input") || (data0 === "workflow")) || (data0 === "output")) || (data0 === "evidence")) || (data0 === "policy")) || (data0 === "runtime"))){
const err4 = {instancePath:instancePath+"/artifact_class",schemaPath:"#/properties/artifact_class/enum",keyword:"enum",params:{allowedValues: schema31.properties.artifact_class.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.artifact_class.enum,parentSchema:schema31.properties.artifact_class,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.mission_key !== undefined && func0.call(data, "mission_key")){
let data1 = data.mission_key;
if(typeof data1 === "string"){
if(func69(data1) < 1){
const err5 = {instancePath:instancePath+"/mission_key",schemaPath:"#/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_key,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/mission_key",schemaPath:"#/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_key.type,parentSchema:schema31.properties.mission_key,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.path !== undefined && func0.call(data, "path")){
let data2 = data.path;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.path,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.path.type,parentSchema:schema31.properties.path,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.run_id !== undefined && func0.call(data, "run_id")){
let data3 = data.run_id;
const _errs9 = errors;
let valid1 = false;
const _errs10 = errors;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.run_id.anyOf[0].type,parentSchema:schema31.properties.run_id.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
const _errs12 = errors;
if(data3 !== null){
const err10 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.run_id.anyOf[1].type,parentSchema:schema31.properties.run_id.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err11 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.run_id.anyOf,parentSchema:schema31.properties.run_id,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.wp_id !== undefined && func0.call(data, "wp_id")){
let data4 = data.wp_id;
const _errs15 = errors;
let valid2 = false;
const _errs16 = errors;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.wp_id.anyOf[0].type,parentSchema:schema31.properties.wp_id.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
const _errs18 = errors;
if(data4 !== null){
const err13 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.wp_id.anyOf[1].type,parentSchema:schema31.properties.wp_id.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err14 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.wp_id.anyOf,parentSchema:schema31.properties.wp_id,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"artifact_class":true,"mission_key":true,"path":true,"run_id":true,"wp_id":true},"dynamicProps":false,"dynamicItems":false};

export const connector_degraded_payload = validate21;
const schema32 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/connector_degraded_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for ConnectorDegraded events.","properties":{"actor_id":{"minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"pattern":"^(human|service|system)$","title":"Actor Type","type":"string"},"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"connector_type":{"minLength":1,"title":"Connector Type","type":"string"},"degradation_reason":{"minLength":1,"title":"Degradation Reason","type":"string"},"endpoint_url":{"format":"uri","minLength":1,"title":"Endpoint Url","type":"string"},"last_healthy_at":{"format":"date-time","title":"Last Healthy At","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"project_uuid":{"format":"uuid","title":"Project Uuid","type":"string"},"provider":{"minLength":1,"title":"Provider","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"}},"required":["connector_id","connector_type","provider","mission_id","project_uuid","actor_id","actor_type","endpoint_url","recorded_at","degradation_reason","last_healthy_at"],"title":"ConnectorDegradedPayload","type":"object"};
const func1 = pythonPatternEngine;
const pattern4 = func1("^(human|service|system)$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/connector_degraded_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.connector_type === undefined) || (!(func0.call(data, "connector_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_type"},message:"must have required property '"+"connector_type"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.provider === undefined) || (!(func0.call(data, "provider")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.project_uuid === undefined) || (!(func0.call(data, "project_uuid")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.actor_id === undefined) || (!(func0.call(data, "actor_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_id"},message:"must have required property '"+"actor_id"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.actor_type === undefined) || (!(func0.call(data, "actor_type")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_type"},message:"must have required property '"+"actor_type"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.endpoint_url === undefined) || (!(func0.call(data, "endpoint_url")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint_url"},message:"must have required property '"+"endpoint_url"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data.degradation_reason === undefined) || (!(func0.call(data, "degradation_reason")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "degradation_reason"},message:"must have required property '"+"degradation_reason"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data.last_healthy_at === undefined) || (!(func0.call(data, "last_healthy_at")))){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last_healthy_at"},message:"must have required property '"+"last_healthy_at"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.actor_id !== undefined && func0.call(data, "actor_id")){
let data0 = data.actor_id;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err11 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.actor_id.type,parentSchema:schema32.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.actor_type !== undefined && func0.call(data, "actor_type")){
let data1 = data.actor_type;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err13 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/pattern",keyword:"pattern",params:{pattern: "^(human|service|system)$"},message:"must match pattern \""+"^(human|service|system)$"+"\"",schema:"^(human|service|system)$",parentSchema:schema32.properties.actor_type,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.actor_type.type,parentSchema:schema32.properties.actor_type,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data2 = data.connector_id;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err15 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.connector_id,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.connector_id.type,parentSchema:schema32.properties.connector_id,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.connector_type !== undefined && func0.call(data, "connector_type")){
let data3 = data.connector_type;
if(typeof data3 === "string"){
if(func69(data3) < 1){
const err17 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.connector_type,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.connector_type.type,parentSchema:schema32.properties.connector_type,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.degradation_reason !== undefined && func0.call(data, "degradation_reason")){
let data4 = data.degradation_reason;
if(typeof data4 === "string"){
if(func69(data4) < 1){
const err19 = {instancePath:instancePath+"/degradation_reason",schemaPath:"#/properties/degradation_reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.degradation_reason,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/degradation_reason",schemaPath:"#/properties/degradation_reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.degradation_reason.type,parentSchema:schema32.properties.degradation_reason,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.endpoint_url !== undefined && func0.call(data, "endpoint_url")){
let data5 = data.endpoint_url;
if(typeof data5 === "string"){
if(func69(data5) < 1){
const err21 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.endpoint_url,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.endpoint_url.type,parentSchema:schema32.properties.endpoint_url,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.last_healthy_at !== undefined && func0.call(data, "last_healthy_at")){
let data6 = data.last_healthy_at;
if(!(typeof data6 === "string")){
const err23 = {instancePath:instancePath+"/last_healthy_at",schemaPath:"#/properties/last_healthy_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.last_healthy_at.type,parentSchema:schema32.properties.last_healthy_at,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data7 = data.mission_id;
if(typeof data7 === "string"){
if(func69(data7) < 1){
const err24 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.mission_id,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.mission_id.type,parentSchema:schema32.properties.mission_id,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.project_uuid !== undefined && func0.call(data, "project_uuid")){
let data8 = data.project_uuid;
if(!(typeof data8 === "string")){
const err26 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.project_uuid.type,parentSchema:schema32.properties.project_uuid,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.provider !== undefined && func0.call(data, "provider")){
let data9 = data.provider;
if(typeof data9 === "string"){
if(func69(data9) < 1){
const err27 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.provider,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.provider.type,parentSchema:schema32.properties.provider,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data10 = data.recorded_at;
if(!(typeof data10 === "string")){
const err29 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.recorded_at.type,parentSchema:schema32.properties.recorded_at,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"actor_id":true,"actor_type":true,"connector_id":true,"connector_type":true,"degradation_reason":true,"endpoint_url":true,"last_healthy_at":true,"mission_id":true,"project_uuid":true,"provider":true,"recorded_at":true},"dynamicProps":false,"dynamicItems":false};

export const connector_health_checked_payload = validate22;
const schema33 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"HealthStatus":{"enum":["healthy","degraded","unreachable"],"title":"HealthStatus","type":"string"}},"$id":"spec-kitty-events/connector_health_checked_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for ConnectorHealthChecked events.","properties":{"actor_id":{"minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"pattern":"^(human|service|system)$","title":"Actor Type","type":"string"},"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"connector_type":{"minLength":1,"title":"Connector Type","type":"string"},"endpoint_url":{"format":"uri","minLength":1,"title":"Endpoint Url","type":"string"},"health_status":{"$ref":"#/$defs/HealthStatus"},"latency_ms":{"minimum":0,"title":"Latency Ms","type":"number"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"project_uuid":{"format":"uuid","title":"Project Uuid","type":"string"},"provider":{"minLength":1,"title":"Provider","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"}},"required":["connector_id","connector_type","provider","mission_id","project_uuid","actor_id","actor_type","endpoint_url","recorded_at","health_status","latency_ms"],"title":"ConnectorHealthCheckedPayload","type":"object"};
const schema34 = {"enum":["healthy","degraded","unreachable"],"title":"HealthStatus","type":"string"};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/connector_health_checked_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.connector_type === undefined) || (!(func0.call(data, "connector_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_type"},message:"must have required property '"+"connector_type"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.provider === undefined) || (!(func0.call(data, "provider")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.project_uuid === undefined) || (!(func0.call(data, "project_uuid")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.actor_id === undefined) || (!(func0.call(data, "actor_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_id"},message:"must have required property '"+"actor_id"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.actor_type === undefined) || (!(func0.call(data, "actor_type")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_type"},message:"must have required property '"+"actor_type"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.endpoint_url === undefined) || (!(func0.call(data, "endpoint_url")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint_url"},message:"must have required property '"+"endpoint_url"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data.health_status === undefined) || (!(func0.call(data, "health_status")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "health_status"},message:"must have required property '"+"health_status"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data.latency_ms === undefined) || (!(func0.call(data, "latency_ms")))){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "latency_ms"},message:"must have required property '"+"latency_ms"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.actor_id !== undefined && func0.call(data, "actor_id")){
let data0 = data.actor_id;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err11 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.actor_id.type,parentSchema:schema33.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.actor_type !== undefined && func0.call(data, "actor_type")){
let data1 = data.actor_type;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err13 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/pattern",keyword:"pattern",params:{pattern: "^(human|service|system)$"},message:"must match pattern \""+"^(human|service|system)$"+"\"",schema:"^(human|service|system)$",parentSchema:schema33.properties.actor_type,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.actor_type.type,parentSchema:schema33.properties.actor_type,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data2 = data.connector_id;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err15 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.connector_id,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.connector_id.type,parentSchema:schema33.properties.connector_id,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.connector_type !== undefined && func0.call(data, "connector_type")){
let data3 = data.connector_type;
if(typeof data3 === "string"){
if(func69(data3) < 1){
const err17 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.connector_type,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.connector_type.type,parentSchema:schema33.properties.connector_type,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.endpoint_url !== undefined && func0.call(data, "endpoint_url")){
let data4 = data.endpoint_url;
if(typeof data4 === "string"){
if(func69(data4) < 1){
const err19 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.endpoint_url,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.endpoint_url.type,parentSchema:schema33.properties.endpoint_url,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.health_status !== undefined && func0.call(data, "health_status")){
let data5 = data.health_status;
if(typeof data5 !== "string"){
const err21 = {instancePath:instancePath+"/health_status",schemaPath:"#/$defs/HealthStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(((data5 === "healthy") || (data5 === "degraded")) || (data5 === "unreachable"))){
const err22 = {instancePath:instancePath+"/health_status",schemaPath:"#/$defs/HealthStatus/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values",schema:schema34.enum,parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.latency_ms !== undefined && func0.call(data, "latency_ms")){
let data6 = data.latency_ms;
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
const err23 = {instancePath:instancePath+"/latency_ms",schemaPath:"#/properties/latency_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33.properties.latency_ms,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/latency_ms",schemaPath:"#/properties/latency_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema33.properties.latency_ms.type,parentSchema:schema33.properties.latency_ms,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data7 = data.mission_id;
if(typeof data7 === "string"){
if(func69(data7) < 1){
const err25 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.mission_id,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.mission_id.type,parentSchema:schema33.properties.mission_id,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.project_uuid !== undefined && func0.call(data, "project_uuid")){
let data8 = data.project_uuid;
if(!(typeof data8 === "string")){
const err27 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.project_uuid.type,parentSchema:schema33.properties.project_uuid,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.provider !== undefined && func0.call(data, "provider")){
let data9 = data.provider;
if(typeof data9 === "string"){
if(func69(data9) < 1){
const err28 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.provider,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.provider.type,parentSchema:schema33.properties.provider,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data10 = data.recorded_at;
if(!(typeof data10 === "string")){
const err30 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.recorded_at.type,parentSchema:schema33.properties.recorded_at,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"actor_id":true,"actor_type":true,"connector_id":true,"connector_type":true,"endpoint_url":true,"health_status":true,"latency_ms":true,"mission_id":true,"project_uuid":true,"provider":true,"recorded_at":true},"dynamicProps":false,"dynamicItems":false};

export const connector_provisioned_payload = validate23;
const schema35 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/connector_provisioned_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for ConnectorProvisioned events.","properties":{"actor_id":{"minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"pattern":"^(human|service|system)$","title":"Actor Type","type":"string"},"config_hash":{"minLength":1,"title":"Config Hash","type":"string"},"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"connector_type":{"minLength":1,"title":"Connector Type","type":"string"},"credentials_ref":{"minLength":1,"title":"Credentials Ref","type":"string"},"endpoint_url":{"format":"uri","minLength":1,"title":"Endpoint Url","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"project_uuid":{"format":"uuid","title":"Project Uuid","type":"string"},"provider":{"minLength":1,"title":"Provider","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"}},"required":["connector_id","connector_type","provider","mission_id","project_uuid","actor_id","actor_type","endpoint_url","recorded_at","credentials_ref","config_hash"],"title":"ConnectorProvisionedPayload","type":"object"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/connector_provisioned_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.connector_type === undefined) || (!(func0.call(data, "connector_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_type"},message:"must have required property '"+"connector_type"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.provider === undefined) || (!(func0.call(data, "provider")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.project_uuid === undefined) || (!(func0.call(data, "project_uuid")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.actor_id === undefined) || (!(func0.call(data, "actor_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_id"},message:"must have required property '"+"actor_id"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.actor_type === undefined) || (!(func0.call(data, "actor_type")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_type"},message:"must have required property '"+"actor_type"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.endpoint_url === undefined) || (!(func0.call(data, "endpoint_url")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint_url"},message:"must have required property '"+"endpoint_url"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data.credentials_ref === undefined) || (!(func0.call(data, "credentials_ref")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credentials_ref"},message:"must have required property '"+"credentials_ref"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data.config_hash === undefined) || (!(func0.call(data, "config_hash")))){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config_hash"},message:"must have required property '"+"config_hash"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.actor_id !== undefined && func0.call(data, "actor_id")){
let data0 = data.actor_id;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err11 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.actor_id.type,parentSchema:schema35.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.actor_type !== undefined && func0.call(data, "actor_type")){
let data1 = data.actor_type;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err13 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/pattern",keyword:"pattern",params:{pattern: "^(human|service|system)$"},message:"must match pattern \""+"^(human|service|system)$"+"\"",schema:"^(human|service|system)$",parentSchema:schema35.properties.actor_type,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.actor_type.type,parentSchema:schema35.properties.actor_type,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.config_hash !== undefined && func0.call(data, "config_hash")){
let data2 = data.config_hash;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err15 = {instancePath:instancePath+"/config_hash",schemaPath:"#/properties/config_hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.config_hash,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/config_hash",schemaPath:"#/properties/config_hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.config_hash.type,parentSchema:schema35.properties.config_hash,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data3 = data.connector_id;
if(typeof data3 === "string"){
if(func69(data3) < 1){
const err17 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.connector_id,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.connector_id.type,parentSchema:schema35.properties.connector_id,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.connector_type !== undefined && func0.call(data, "connector_type")){
let data4 = data.connector_type;
if(typeof data4 === "string"){
if(func69(data4) < 1){
const err19 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.connector_type,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.connector_type.type,parentSchema:schema35.properties.connector_type,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.credentials_ref !== undefined && func0.call(data, "credentials_ref")){
let data5 = data.credentials_ref;
if(typeof data5 === "string"){
if(func69(data5) < 1){
const err21 = {instancePath:instancePath+"/credentials_ref",schemaPath:"#/properties/credentials_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.credentials_ref,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/credentials_ref",schemaPath:"#/properties/credentials_ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.credentials_ref.type,parentSchema:schema35.properties.credentials_ref,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.endpoint_url !== undefined && func0.call(data, "endpoint_url")){
let data6 = data.endpoint_url;
if(typeof data6 === "string"){
if(func69(data6) < 1){
const err23 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.endpoint_url,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.endpoint_url.type,parentSchema:schema35.properties.endpoint_url,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data7 = data.mission_id;
if(typeof data7 === "string"){
if(func69(data7) < 1){
const err25 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.mission_id,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.mission_id.type,parentSchema:schema35.properties.mission_id,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.project_uuid !== undefined && func0.call(data, "project_uuid")){
let data8 = data.project_uuid;
if(!(typeof data8 === "string")){
const err27 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.project_uuid.type,parentSchema:schema35.properties.project_uuid,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.provider !== undefined && func0.call(data, "provider")){
let data9 = data.provider;
if(typeof data9 === "string"){
if(func69(data9) < 1){
const err28 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.provider,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.provider.type,parentSchema:schema35.properties.provider,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data10 = data.recorded_at;
if(!(typeof data10 === "string")){
const err30 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.recorded_at.type,parentSchema:schema35.properties.recorded_at,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"actor_id":true,"actor_type":true,"config_hash":true,"connector_id":true,"connector_type":true,"credentials_ref":true,"endpoint_url":true,"mission_id":true,"project_uuid":true,"provider":true,"recorded_at":true},"dynamicProps":false,"dynamicItems":false};

export const connector_reconnected_payload = validate24;
const schema36 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"ConnectorState":{"enum":["provisioned","healthy","degraded","revoked","reconnected"],"title":"ConnectorState","type":"string"},"ReconnectStrategy":{"enum":["automatic","manual","backoff"],"title":"ReconnectStrategy","type":"string"}},"$id":"spec-kitty-events/connector_reconnected_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for ConnectorReconnected events.","properties":{"actor_id":{"minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"pattern":"^(human|service|system)$","title":"Actor Type","type":"string"},"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"connector_type":{"minLength":1,"title":"Connector Type","type":"string"},"endpoint_url":{"format":"uri","minLength":1,"title":"Endpoint Url","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"previous_state":{"$ref":"#/$defs/ConnectorState"},"project_uuid":{"format":"uuid","title":"Project Uuid","type":"string"},"provider":{"minLength":1,"title":"Provider","type":"string"},"reconnect_strategy":{"$ref":"#/$defs/ReconnectStrategy"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"}},"required":["connector_id","connector_type","provider","mission_id","project_uuid","actor_id","actor_type","endpoint_url","recorded_at","previous_state","reconnect_strategy"],"title":"ConnectorReconnectedPayload","type":"object"};
const schema37 = {"enum":["provisioned","healthy","degraded","revoked","reconnected"],"title":"ConnectorState","type":"string"};
const schema38 = {"enum":["automatic","manual","backoff"],"title":"ReconnectStrategy","type":"string"};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/connector_reconnected_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.connector_type === undefined) || (!(func0.call(data, "connector_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_type"},message:"must have required property '"+"connector_type"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.provider === undefined) || (!(func0.call(data, "provider")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.project_uuid === undefined) || (!(func0.call(data, "project_uuid")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.actor_id === undefined) || (!(func0.call(data, "actor_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_id"},message:"must have required property '"+"actor_id"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.actor_type === undefined) || (!(func0.call(data, "actor_type")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_type"},message:"must have required property '"+"actor_type"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.endpoint_url === undefined) || (!(func0.call(data, "endpoint_url")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint_url"},message:"must have required property '"+"endpoint_url"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data.previous_state === undefined) || (!(func0.call(data, "previous_state")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previous_state"},message:"must have required property '"+"previous_state"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data.reconnect_strategy === undefined) || (!(func0.call(data, "reconnect_strategy")))){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reconnect_strategy"},message:"must have required property '"+"reconnect_strategy"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.actor_id !== undefined && func0.call(data, "actor_id")){
let data0 = data.actor_id;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err11 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.actor_id.type,parentSchema:schema36.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.actor_type !== undefined && func0.call(data, "actor_type")){
let data1 = data.actor_type;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err13 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/pattern",keyword:"pattern",params:{pattern: "^(human|service|system)$"},message:"must match pattern \""+"^(human|service|system)$"+"\"",schema:"^(human|service|system)$",parentSchema:schema36.properties.actor_type,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.actor_type.type,parentSchema:schema36.properties.actor_type,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data2 = data.connector_id;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err15 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.connector_id,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.connector_id.type,parentSchema:schema36.properties.connector_id,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.connector_type !== undefined && func0.call(data, "connector_type")){
let data3 = data.connector_type;
if(typeof data3 === "string"){
if(func69(data3) < 1){
const err17 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.connector_type,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.connector_type.type,parentSchema:schema36.properties.connector_type,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.endpoint_url !== undefined && func0.call(data, "endpoint_url")){
let data4 = data.endpoint_url;
if(typeof data4 === "string"){
if(func69(data4) < 1){
const err19 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.endpoint_url,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.endpoint_url.type,parentSchema:schema36.properties.endpoint_url,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data5 = data.mission_id;
if(typeof data5 === "string"){
if(func69(data5) < 1){
const err21 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.mission_id,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.mission_id.type,parentSchema:schema36.properties.mission_id,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.previous_state !== undefined && func0.call(data, "previous_state")){
let data6 = data.previous_state;
if(typeof data6 !== "string"){
const err23 = {instancePath:instancePath+"/previous_state",schemaPath:"#/$defs/ConnectorState/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!(((((data6 === "provisioned") || (data6 === "healthy")) || (data6 === "degraded")) || (data6 === "revoked")) || (data6 === "reconnected"))){
const err24 = {instancePath:instancePath+"/previous_state",schemaPath:"#/$defs/ConnectorState/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.project_uuid !== undefined && func0.call(data, "project_uuid")){
let data7 = data.project_uuid;
if(!(typeof data7 === "string")){
const err25 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.project_uuid.type,parentSchema:schema36.properties.project_uuid,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.provider !== undefined && func0.call(data, "provider")){
let data8 = data.provider;
if(typeof data8 === "string"){
if(func69(data8) < 1){
const err26 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.provider,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.provider.type,parentSchema:schema36.properties.provider,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.reconnect_strategy !== undefined && func0.call(data, "reconnect_strategy")){
let data9 = data.reconnect_strategy;
if(typeof data9 !== "string"){
const err28 = {instancePath:instancePath+"/reconnect_strategy",schemaPath:"#/$defs/ReconnectStrategy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data9 === "automatic") || (data9 === "manual")) || (data9 === "backoff"))){
const err29 = {instancePath:instancePath+"/reconnect_strategy",schemaPath:"#/$defs/ReconnectStrategy/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values",schema:schema38.enum,parentSchema:schema38,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data10 = data.recorded_at;
if(!(typeof data10 === "string")){
const err30 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.recorded_at.type,parentSchema:schema36.properties.recorded_at,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"actor_id":true,"actor_type":true,"connector_id":true,"connector_type":true,"endpoint_url":true,"mission_id":true,"previous_state":true,"project_uuid":true,"provider":true,"reconnect_strategy":true,"recorded_at":true},"dynamicProps":false,"dynamicItems":false};

export const connector_revoked_payload = validate25;
const schema39 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/connector_revoked_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for ConnectorRevoked events.","properties":{"actor_id":{"minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"pattern":"^(human|service|system)$","title":"Actor Type","type":"string"},"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"connector_type":{"minLength":1,"title":"Connector Type","type":"string"},"endpoint_url":{"format":"uri","minLength":1,"title":"Endpoint Url","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"project_uuid":{"format":"uuid","title":"Project Uuid","type":"string"},"provider":{"minLength":1,"title":"Provider","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"revocation_reason":{"minLength":1,"title":"Revocation Reason","type":"string"}},"required":["connector_id","connector_type","provider","mission_id","project_uuid","actor_id","actor_type","endpoint_url","recorded_at","revocation_reason"],"title":"ConnectorRevokedPayload","type":"object"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/connector_revoked_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.connector_type === undefined) || (!(func0.call(data, "connector_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_type"},message:"must have required property '"+"connector_type"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.provider === undefined) || (!(func0.call(data, "provider")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.project_uuid === undefined) || (!(func0.call(data, "project_uuid")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.actor_id === undefined) || (!(func0.call(data, "actor_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_id"},message:"must have required property '"+"actor_id"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.actor_type === undefined) || (!(func0.call(data, "actor_type")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_type"},message:"must have required property '"+"actor_type"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.endpoint_url === undefined) || (!(func0.call(data, "endpoint_url")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint_url"},message:"must have required property '"+"endpoint_url"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data.revocation_reason === undefined) || (!(func0.call(data, "revocation_reason")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "revocation_reason"},message:"must have required property '"+"revocation_reason"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.actor_id !== undefined && func0.call(data, "actor_id")){
let data0 = data.actor_id;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err10 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.actor_id.type,parentSchema:schema39.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.actor_type !== undefined && func0.call(data, "actor_type")){
let data1 = data.actor_type;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err12 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/pattern",keyword:"pattern",params:{pattern: "^(human|service|system)$"},message:"must match pattern \""+"^(human|service|system)$"+"\"",schema:"^(human|service|system)$",parentSchema:schema39.properties.actor_type,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.actor_type.type,parentSchema:schema39.properties.actor_type,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data2 = data.connector_id;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err14 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.connector_id,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.connector_id.type,parentSchema:schema39.properties.connector_id,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.connector_type !== undefined && func0.call(data, "connector_type")){
let data3 = data.connector_type;
if(typeof data3 === "string"){
if(func69(data3) < 1){
const err16 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.connector_type,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.connector_type.type,parentSchema:schema39.properties.connector_type,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.endpoint_url !== undefined && func0.call(data, "endpoint_url")){
let data4 = data.endpoint_url;
if(typeof data4 === "string"){
if(func69(data4) < 1){
const err18 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.endpoint_url,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.endpoint_url.type,parentSchema:schema39.properties.endpoint_url,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data5 = data.mission_id;
if(typeof data5 === "string"){
if(func69(data5) < 1){
const err20 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.mission_id,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.mission_id.type,parentSchema:schema39.properties.mission_id,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.project_uuid !== undefined && func0.call(data, "project_uuid")){
let data6 = data.project_uuid;
if(!(typeof data6 === "string")){
const err22 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.project_uuid.type,parentSchema:schema39.properties.project_uuid,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.provider !== undefined && func0.call(data, "provider")){
let data7 = data.provider;
if(typeof data7 === "string"){
if(func69(data7) < 1){
const err23 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.provider,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.provider.type,parentSchema:schema39.properties.provider,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data8 = data.recorded_at;
if(!(typeof data8 === "string")){
const err25 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.recorded_at.type,parentSchema:schema39.properties.recorded_at,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.revocation_reason !== undefined && func0.call(data, "revocation_reason")){
let data9 = data.revocation_reason;
if(typeof data9 === "string"){
if(func69(data9) < 1){
const err26 = {instancePath:instancePath+"/revocation_reason",schemaPath:"#/properties/revocation_reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.revocation_reason,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/revocation_reason",schemaPath:"#/properties/revocation_reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.revocation_reason.type,parentSchema:schema39.properties.revocation_reason,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"actor_id":true,"actor_type":true,"connector_id":true,"connector_type":true,"endpoint_url":true,"mission_id":true,"project_uuid":true,"provider":true,"recorded_at":true,"revocation_reason":true},"dynamicProps":false,"dynamicItems":false};

export const content_hash_ref = validate26;
const schema40 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/content_hash_ref","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Content fingerprint with optional size and encoding metadata.","properties":{"algorithm":{"enum":["sha256","sha512","md5"],"title":"Algorithm","type":"string"},"encoding":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Encoding"},"hash":{"description":"Hex-encoded content hash","minLength":1,"title":"Hash","type":"string"},"size_bytes":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}],"default":null,"title":"Size Bytes"}},"required":["hash","algorithm"],"title":"ContentHashRef","type":"object"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/content_hash_ref" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.hash === undefined) || (!(func0.call(data, "hash")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hash"},message:"must have required property '"+"hash"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.algorithm === undefined) || (!(func0.call(data, "algorithm")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "algorithm"},message:"must have required property '"+"algorithm"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.algorithm !== undefined && func0.call(data, "algorithm")){
let data0 = data.algorithm;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.algorithm.type,parentSchema:schema40.properties.algorithm,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data0 === "sha256") || (data0 === "sha512")) || (data0 === "md5"))){
const err3 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema40.properties.algorithm.enum},message:"must be equal to one of the allowed values",schema:schema40.properties.algorithm.enum,parentSchema:schema40.properties.algorithm,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.encoding !== undefined && func0.call(data, "encoding")){
let data1 = data.encoding;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.encoding.anyOf[0].type,parentSchema:schema40.properties.encoding.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err5 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema40.properties.encoding.anyOf[1].type,parentSchema:schema40.properties.encoding.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err6 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema40.properties.encoding.anyOf,parentSchema:schema40.properties.encoding,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.hash !== undefined && func0.call(data, "hash")){
let data2 = data.hash;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err7 = {instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.hash,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.hash.type,parentSchema:schema40.properties.hash,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.size_bytes !== undefined && func0.call(data, "size_bytes")){
let data3 = data.size_bytes;
const _errs13 = errors;
let valid2 = false;
const _errs14 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err9 = {instancePath:instancePath+"/size_bytes",schemaPath:"#/properties/size_bytes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties.size_bytes.anyOf[0].type,parentSchema:schema40.properties.size_bytes.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/size_bytes",schemaPath:"#/properties/size_bytes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema40.properties.size_bytes.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs14 === errors;
valid2 = valid2 || _valid1;
const _errs16 = errors;
if(data3 !== null){
const err11 = {instancePath:instancePath+"/size_bytes",schemaPath:"#/properties/size_bytes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema40.properties.size_bytes.anyOf[1].type,parentSchema:schema40.properties.size_bytes.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err12 = {instancePath:instancePath+"/size_bytes",schemaPath:"#/properties/size_bytes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema40.properties.size_bytes.anyOf,parentSchema:schema40.properties.size_bytes,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"algorithm":true,"encoding":true,"hash":true,"size_bytes":true},"dynamicProps":false,"dynamicItems":false};

export const event = validate27;
const schema41 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/event","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Immutable event with causal metadata for distributed conflict detection.","properties":{"aggregate_id":{"description":"Identifier of the entity this event modifies","minLength":1,"title":"Aggregate Id","type":"string"},"causation_id":{"anyOf":[{"maxLength":36,"minLength":26,"pattern":"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","type":"string"},{"type":"null"}],"default":null,"description":"Event ID of the parent event (26-char ULID or UUID accepted, None for root events)","title":"Causation Id"},"correlation_id":{"description":"Correlation identifier (26-char ULID or UUID accepted)","maxLength":36,"minLength":26,"pattern":"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","title":"Correlation Id","type":"string"},"data_tier":{"default":0,"description":"Progressive data sharing tier (0=local, 4=telemetry)","maximum":4,"minimum":0,"title":"Data Tier","type":"integer"},"event_id":{"description":"Unique event identifier (26-char ULID or UUID accepted)","maxLength":36,"minLength":26,"pattern":"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","title":"Event Id","type":"string"},"event_type":{"description":"Event type identifier (e.g., 'WPStatusChanged', 'TagAdded')","minLength":1,"title":"Event Type","type":"string"},"lamport_clock":{"description":"Lamport logical clock value (monotonically increasing)","minimum":0,"title":"Lamport Clock","type":"integer"},"node_id":{"description":"Identifier of the node that emitted this event","minLength":1,"title":"Node Id","type":"string"},"payload":{"additionalProperties":true,"default":{},"description":"Event-specific data (opaque to library)","title":"Payload","type":"object"},"project_slug":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Human-readable project identifier (optional)","title":"Project Slug"},"project_uuid":{"description":"UUID of the project this event belongs to","format":"uuid","title":"Project Uuid","type":"string"},"schema_version":{"default":"1.0.0","description":"Envelope schema version (semver)","pattern":"^\\d+\\.\\d+\\.\\d+$","title":"Schema Version","type":"string"},"timestamp":{"description":"Wall-clock timestamp (human-readable, not used for ordering)","format":"date-time","title":"Timestamp","type":"string"}},"required":["event_id","event_type","aggregate_id","timestamp","node_id","lamport_clock","project_uuid","correlation_id"],"title":"Event","type":"object"};
const pattern9 = func1("^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
const pattern12 = func1("^\\d+\\.\\d+\\.\\d+$", "u");

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/event" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.event_id === undefined) || (!(func0.call(data, "event_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_id"},message:"must have required property '"+"event_id"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.event_type === undefined) || (!(func0.call(data, "event_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_type"},message:"must have required property '"+"event_type"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.aggregate_id === undefined) || (!(func0.call(data, "aggregate_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aggregate_id"},message:"must have required property '"+"aggregate_id"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.timestamp === undefined) || (!(func0.call(data, "timestamp")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.node_id === undefined) || (!(func0.call(data, "node_id")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "node_id"},message:"must have required property '"+"node_id"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.lamport_clock === undefined) || (!(func0.call(data, "lamport_clock")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lamport_clock"},message:"must have required property '"+"lamport_clock"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.project_uuid === undefined) || (!(func0.call(data, "project_uuid")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.correlation_id === undefined) || (!(func0.call(data, "correlation_id")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "correlation_id"},message:"must have required property '"+"correlation_id"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.aggregate_id !== undefined && func0.call(data, "aggregate_id")){
let data0 = data.aggregate_id;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err8 = {instancePath:instancePath+"/aggregate_id",schemaPath:"#/properties/aggregate_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.aggregate_id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/aggregate_id",schemaPath:"#/properties/aggregate_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.aggregate_id.type,parentSchema:schema41.properties.aggregate_id,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.causation_id !== undefined && func0.call(data, "causation_id")){
let data1 = data.causation_id;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func69(data1) > 36){
const err10 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters",schema:36,parentSchema:schema41.properties.causation_id.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func69(data1) < 26){
const err11 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/0/minLength",keyword:"minLength",params:{limit: 26},message:"must NOT have fewer than 26 characters",schema:26,parentSchema:schema41.properties.causation_id.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern9.test(data1)){
const err12 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema41.properties.causation_id.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.causation_id.anyOf[0].type,parentSchema:schema41.properties.causation_id.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err14 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema41.properties.causation_id.anyOf[1].type,parentSchema:schema41.properties.causation_id.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err15 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema41.properties.causation_id.anyOf,parentSchema:schema41.properties.causation_id,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.correlation_id !== undefined && func0.call(data, "correlation_id")){
let data2 = data.correlation_id;
if(typeof data2 === "string"){
if(func69(data2) > 36){
const err16 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters",schema:36,parentSchema:schema41.properties.correlation_id,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func69(data2) < 26){
const err17 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/minLength",keyword:"minLength",params:{limit: 26},message:"must NOT have fewer than 26 characters",schema:26,parentSchema:schema41.properties.correlation_id,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern9.test(data2)){
const err18 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/pattern",keyword:"pattern",params:{pattern: "^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema41.properties.correlation_id,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.correlation_id.type,parentSchema:schema41.properties.correlation_id,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.data_tier !== undefined && func0.call(data, "data_tier")){
let data3 = data.data_tier;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err20 = {instancePath:instancePath+"/data_tier",schemaPath:"#/properties/data_tier/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.data_tier.type,parentSchema:schema41.properties.data_tier,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 4 || isNaN(data3)){
const err21 = {instancePath:instancePath+"/data_tier",schemaPath:"#/properties/data_tier/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4",schema:4,parentSchema:schema41.properties.data_tier,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err22 = {instancePath:instancePath+"/data_tier",schemaPath:"#/properties/data_tier/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.data_tier,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.event_id !== undefined && func0.call(data, "event_id")){
let data4 = data.event_id;
if(typeof data4 === "string"){
if(func69(data4) > 36){
const err23 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters",schema:36,parentSchema:schema41.properties.event_id,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func69(data4) < 26){
const err24 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/minLength",keyword:"minLength",params:{limit: 26},message:"must NOT have fewer than 26 characters",schema:26,parentSchema:schema41.properties.event_id,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern9.test(data4)){
const err25 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/pattern",keyword:"pattern",params:{pattern: "^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema41.properties.event_id,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.event_id.type,parentSchema:schema41.properties.event_id,data:data4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.event_type !== undefined && func0.call(data, "event_type")){
let data5 = data.event_type;
if(typeof data5 === "string"){
if(func69(data5) < 1){
const err27 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.event_type,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.event_type.type,parentSchema:schema41.properties.event_type,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.lamport_clock !== undefined && func0.call(data, "lamport_clock")){
let data6 = data.lamport_clock;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err29 = {instancePath:instancePath+"/lamport_clock",schemaPath:"#/properties/lamport_clock/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.lamport_clock.type,parentSchema:schema41.properties.lamport_clock,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
const err30 = {instancePath:instancePath+"/lamport_clock",schemaPath:"#/properties/lamport_clock/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.lamport_clock,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.node_id !== undefined && func0.call(data, "node_id")){
let data7 = data.node_id;
if(typeof data7 === "string"){
if(func69(data7) < 1){
const err31 = {instancePath:instancePath+"/node_id",schemaPath:"#/properties/node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.node_id,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/node_id",schemaPath:"#/properties/node_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.node_id.type,parentSchema:schema41.properties.node_id,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.payload !== undefined && func0.call(data, "payload")){
let data8 = data.payload;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
}
else {
const err33 = {instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.payload.type,parentSchema:schema41.properties.payload,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.project_slug !== undefined && func0.call(data, "project_slug")){
let data9 = data.project_slug;
const _errs26 = errors;
let valid2 = false;
const _errs27 = errors;
if(typeof data9 !== "string"){
const err34 = {instancePath:instancePath+"/project_slug",schemaPath:"#/properties/project_slug/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.project_slug.anyOf[0].type,parentSchema:schema41.properties.project_slug.anyOf[0],data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid2 = valid2 || _valid1;
const _errs29 = errors;
if(data9 !== null){
const err35 = {instancePath:instancePath+"/project_slug",schemaPath:"#/properties/project_slug/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema41.properties.project_slug.anyOf[1].type,parentSchema:schema41.properties.project_slug.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid1 = _errs29 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err36 = {instancePath:instancePath+"/project_slug",schemaPath:"#/properties/project_slug/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema41.properties.project_slug.anyOf,parentSchema:schema41.properties.project_slug,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data.project_uuid !== undefined && func0.call(data, "project_uuid")){
let data10 = data.project_uuid;
if(!(typeof data10 === "string")){
const err37 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.project_uuid.type,parentSchema:schema41.properties.project_uuid,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.schema_version !== undefined && func0.call(data, "schema_version")){
let data11 = data.schema_version;
if(typeof data11 === "string"){
if(!pattern12.test(data11)){
const err38 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d+\\.\\d+$"},message:"must match pattern \""+"^\\d+\\.\\d+\\.\\d+$"+"\"",schema:"^\\d+\\.\\d+\\.\\d+$",parentSchema:schema41.properties.schema_version,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.schema_version.type,parentSchema:schema41.properties.schema_version,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.timestamp !== undefined && func0.call(data, "timestamp")){
let data12 = data.timestamp;
if(!(typeof data12 === "string")){
const err40 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.timestamp.type,parentSchema:schema41.properties.timestamp,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"aggregate_id":true,"causation_id":true,"correlation_id":true,"data_tier":true,"event_id":true,"event_type":true,"lamport_clock":true,"node_id":true,"payload":true,"project_slug":true,"project_uuid":true,"schema_version":true,"timestamp":true},"dynamicProps":false,"dynamicItems":false};

export const external_reference_linked_payload = validate28;
const schema42 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/external_reference_linked_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for ExternalReferenceLinked events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"external_provider":{"minLength":1,"title":"External Provider","type":"string"},"external_ref_id":{"minLength":1,"title":"External Ref Id","type":"string"},"external_ref_type":{"minLength":1,"title":"External Ref Type","type":"string"},"external_ref_url":{"format":"uri","minLength":1,"title":"External Ref Url","type":"string"},"internal_aggregate_id":{"minLength":1,"title":"Internal Aggregate Id","type":"string"},"internal_aggregate_type":{"minLength":1,"title":"Internal Aggregate Type","type":"string"},"link_id":{"minLength":1,"title":"Link Id","type":"string"},"linked_by":{"minLength":1,"title":"Linked By","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"}},"required":["link_id","connector_id","external_provider","external_ref_type","external_ref_id","external_ref_url","internal_aggregate_type","internal_aggregate_id","mission_id","linked_by","recorded_at"],"title":"ExternalReferenceLinkedPayload","type":"object"};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/external_reference_linked_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.link_id === undefined) || (!(func0.call(data, "link_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "link_id"},message:"must have required property '"+"link_id"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.external_provider === undefined) || (!(func0.call(data, "external_provider")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_provider"},message:"must have required property '"+"external_provider"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.external_ref_type === undefined) || (!(func0.call(data, "external_ref_type")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_ref_type"},message:"must have required property '"+"external_ref_type"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.external_ref_id === undefined) || (!(func0.call(data, "external_ref_id")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_ref_id"},message:"must have required property '"+"external_ref_id"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.external_ref_url === undefined) || (!(func0.call(data, "external_ref_url")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_ref_url"},message:"must have required property '"+"external_ref_url"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.internal_aggregate_type === undefined) || (!(func0.call(data, "internal_aggregate_type")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "internal_aggregate_type"},message:"must have required property '"+"internal_aggregate_type"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.internal_aggregate_id === undefined) || (!(func0.call(data, "internal_aggregate_id")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "internal_aggregate_id"},message:"must have required property '"+"internal_aggregate_id"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data.linked_by === undefined) || (!(func0.call(data, "linked_by")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "linked_by"},message:"must have required property '"+"linked_by"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data0 = data.connector_id;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err11 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.connector_id.type,parentSchema:schema42.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.external_provider !== undefined && func0.call(data, "external_provider")){
let data1 = data.external_provider;
if(typeof data1 === "string"){
if(func69(data1) < 1){
const err13 = {instancePath:instancePath+"/external_provider",schemaPath:"#/properties/external_provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.external_provider,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/external_provider",schemaPath:"#/properties/external_provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.external_provider.type,parentSchema:schema42.properties.external_provider,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.external_ref_id !== undefined && func0.call(data, "external_ref_id")){
let data2 = data.external_ref_id;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err15 = {instancePath:instancePath+"/external_ref_id",schemaPath:"#/properties/external_ref_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.external_ref_id,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/external_ref_id",schemaPath:"#/properties/external_ref_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.external_ref_id.type,parentSchema:schema42.properties.external_ref_id,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.external_ref_type !== undefined && func0.call(data, "external_ref_type")){
let data3 = data.external_ref_type;
if(typeof data3 === "string"){
if(func69(data3) < 1){
const err17 = {instancePath:instancePath+"/external_ref_type",schemaPath:"#/properties/external_ref_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.external_ref_type,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/external_ref_type",schemaPath:"#/properties/external_ref_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.external_ref_type.type,parentSchema:schema42.properties.external_ref_type,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.external_ref_url !== undefined && func0.call(data, "external_ref_url")){
let data4 = data.external_ref_url;
if(typeof data4 === "string"){
if(func69(data4) < 1){
const err19 = {instancePath:instancePath+"/external_ref_url",schemaPath:"#/properties/external_ref_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.external_ref_url,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/external_ref_url",schemaPath:"#/properties/external_ref_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.external_ref_url.type,parentSchema:schema42.properties.external_ref_url,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.internal_aggregate_id !== undefined && func0.call(data, "internal_aggregate_id")){
let data5 = data.internal_aggregate_id;
if(typeof data5 === "string"){
if(func69(data5) < 1){
const err21 = {instancePath:instancePath+"/internal_aggregate_id",schemaPath:"#/properties/internal_aggregate_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.internal_aggregate_id,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/internal_aggregate_id",schemaPath:"#/properties/internal_aggregate_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.internal_aggregate_id.type,parentSchema:schema42.properties.internal_aggregate_id,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.internal_aggregate_type !== undefined && func0.call(data, "internal_aggregate_type")){
let data6 = data.internal_aggregate_type;
if(typeof data6 === "string"){
if(func69(data6) < 1){
const err23 = {instancePath:instancePath+"/internal_aggregate_type",schemaPath:"#/properties/internal_aggregate_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.internal_aggregate_type,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/internal_aggregate_type",schemaPath:"#/properties/internal_aggregate_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.internal_aggregate_type.type,parentSchema:schema42.properties.internal_aggregate_type,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.link_id !== undefined && func0.call(data, "link_id")){
let data7 = data.link_id;
if(typeof data7 === "string"){
if(func69(data7) < 1){
const err25 = {instancePath:instancePath+"/link_id",schemaPath:"#/properties/link_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.link_id,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/link_id",schemaPath:"#/properties/link_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.link_id.type,parentSchema:schema42.properties.link_id,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.linked_by !== undefined && func0.call(data, "linked_by")){
let data8 = data.linked_by;
if(typeof data8 === "string"){
if(func69(data8) < 1){
const err27 = {instancePath:instancePath+"/linked_by",schemaPath:"#/properties/linked_by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.linked_by,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/linked_by",schemaPath:"#/properties/linked_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.linked_by.type,parentSchema:schema42.properties.linked_by,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data9 = data.mission_id;
if(typeof data9 === "string"){
if(func69(data9) < 1){
const err29 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.mission_id,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.mission_id.type,parentSchema:schema42.properties.mission_id,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data10 = data.recorded_at;
if(!(typeof data10 === "string")){
const err31 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.recorded_at.type,parentSchema:schema42.properties.recorded_at,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"connector_id":true,"external_provider":true,"external_ref_id":true,"external_ref_type":true,"external_ref_url":true,"internal_aggregate_id":true,"internal_aggregate_type":true,"link_id":true,"linked_by":true,"mission_id":true,"recorded_at":true},"dynamicProps":false,"dynamicItems":false};

export const lane = validate29;
const schema43 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/lane","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Work-package lifecycle lanes.","enum":["planned","claimed","in_progress","for_review","done","blocked","canceled"],"title":"Lane","type":"string"};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/lane" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((data === "planned") || (data === "claimed")) || (data === "in_progress")) || (data === "for_review")) || (data === "done")) || (data === "blocked")) || (data === "canceled"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const local_namespace_tuple = validate30;
const schema44 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/local_namespace_tuple","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/local_namespace_tuple" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.project_uuid === undefined) || (!(func0.call(data, "project_uuid")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.feature_slug === undefined) || (!(func0.call(data, "feature_slug")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.target_branch === undefined) || (!(func0.call(data, "target_branch")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target_branch"},message:"must have required property '"+"target_branch"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_key === undefined) || (!(func0.call(data, "mission_key")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.manifest_version === undefined) || (!(func0.call(data, "manifest_version")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "manifest_version"},message:"must have required property '"+"manifest_version"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.feature_slug !== undefined && func0.call(data, "feature_slug")){
let data0 = data.feature_slug;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err5 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.feature_slug,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.feature_slug.type,parentSchema:schema44.properties.feature_slug,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.manifest_version !== undefined && func0.call(data, "manifest_version")){
let data1 = data.manifest_version;
if(typeof data1 === "string"){
if(func69(data1) < 1){
const err7 = {instancePath:instancePath+"/manifest_version",schemaPath:"#/properties/manifest_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.manifest_version,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/manifest_version",schemaPath:"#/properties/manifest_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.manifest_version.type,parentSchema:schema44.properties.manifest_version,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.mission_key !== undefined && func0.call(data, "mission_key")){
let data2 = data.mission_key;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err9 = {instancePath:instancePath+"/mission_key",schemaPath:"#/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.mission_key,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/mission_key",schemaPath:"#/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.mission_key.type,parentSchema:schema44.properties.mission_key,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.project_uuid !== undefined && func0.call(data, "project_uuid")){
let data3 = data.project_uuid;
if(typeof data3 === "string"){
if(func69(data3) < 1){
const err11 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.project_uuid,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.project_uuid.type,parentSchema:schema44.properties.project_uuid,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.step_id !== undefined && func0.call(data, "step_id")){
let data4 = data.step_id;
const _errs11 = errors;
let valid1 = false;
const _errs12 = errors;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.step_id.anyOf[0].type,parentSchema:schema44.properties.step_id.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
const _errs14 = errors;
if(data4 !== null){
const err14 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema44.properties.step_id.anyOf[1].type,parentSchema:schema44.properties.step_id.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err15 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema44.properties.step_id.anyOf,parentSchema:schema44.properties.step_id,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.target_branch !== undefined && func0.call(data, "target_branch")){
let data5 = data.target_branch;
if(typeof data5 === "string"){
if(func69(data5) < 1){
const err16 = {instancePath:instancePath+"/target_branch",schemaPath:"#/properties/target_branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.target_branch,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/target_branch",schemaPath:"#/properties/target_branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.target_branch.type,parentSchema:schema44.properties.target_branch,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"feature_slug":true,"manifest_version":true,"mission_key":true,"project_uuid":true,"step_id":true,"target_branch":true},"dynamicProps":false,"dynamicItems":false};

export const mission_dossier_artifact_indexed_payload = validate31;
const schema45 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"ArtifactIdentity":{"description":"Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.","properties":{"artifact_class":{"enum":["input","workflow","output","evidence","policy","runtime"],"title":"Artifact Class","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"path":{"description":"Repository-relative path","minLength":1,"title":"Path","type":"string"},"run_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Run Id"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Wp Id"}},"required":["mission_key","path","artifact_class"],"title":"ArtifactIdentity","type":"object"},"ContentHashRef":{"description":"Content fingerprint with optional size and encoding metadata.","properties":{"algorithm":{"enum":["sha256","sha512","md5"],"title":"Algorithm","type":"string"},"encoding":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Encoding"},"hash":{"description":"Hex-encoded content hash","minLength":1,"title":"Hash","type":"string"},"size_bytes":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}],"default":null,"title":"Size Bytes"}},"required":["hash","algorithm"],"title":"ContentHashRef","type":"object"},"LocalNamespaceTuple":{"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"},"ProvenanceRef":{"description":"Source trace connecting an artifact or event to its authoritative origin.","properties":{"actor_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Actor Id"},"actor_kind":{"anyOf":[{"enum":["human","llm","system"],"type":"string"},{"type":"null"}],"default":null,"title":"Actor Kind"},"git_ref":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Ref"},"git_sha":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Sha"},"revised_at":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"ISO 8601","title":"Revised At"},"source_event_ids":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"title":"Source Event Ids"}},"title":"ProvenanceRef","type":"object"}},"$id":"spec-kitty-events/mission_dossier_artifact_indexed_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for MissionDossierArtifactIndexed events.","properties":{"artifact_id":{"$ref":"#/$defs/ArtifactIdentity","description":"Carries artifact_class — not duplicated at top level"},"content_ref":{"$ref":"#/$defs/ContentHashRef"},"context_diagnostics":{"anyOf":[{"additionalProperties":{"type":"string"},"type":"object"},{"type":"null"}],"default":null,"title":"Context Diagnostics"},"indexed_at":{"description":"ISO 8601","title":"Indexed At","type":"string"},"namespace":{"$ref":"#/$defs/LocalNamespaceTuple","description":"Carries manifest_version — not duplicated in payload"},"provenance":{"anyOf":[{"$ref":"#/$defs/ProvenanceRef"},{"type":"null"}],"default":null},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"supersedes":{"anyOf":[{"$ref":"#/$defs/ArtifactIdentity"},{"type":"null"}],"default":null}},"required":["namespace","artifact_id","content_ref","indexed_at"],"title":"MissionDossierArtifactIndexedPayload","type":"object"};
const schema46 = {"description":"Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.","properties":{"artifact_class":{"enum":["input","workflow","output","evidence","policy","runtime"],"title":"Artifact Class","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"path":{"description":"Repository-relative path","minLength":1,"title":"Path","type":"string"},"run_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Run Id"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Wp Id"}},"required":["mission_key","path","artifact_class"],"title":"ArtifactIdentity","type":"object"};
const schema47 = {"description":"Content fingerprint with optional size and encoding metadata.","properties":{"algorithm":{"enum":["sha256","sha512","md5"],"title":"Algorithm","type":"string"},"encoding":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Encoding"},"hash":{"description":"Hex-encoded content hash","minLength":1,"title":"Hash","type":"string"},"size_bytes":{"anyOf":[{"minimum":0,"type":"integer"},{"type":"null"}],"default":null,"title":"Size Bytes"}},"required":["hash","algorithm"],"title":"ContentHashRef","type":"object"};
const schema48 = {"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"};
const schema49 = {"description":"Source trace connecting an artifact or event to its authoritative origin.","properties":{"actor_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Actor Id"},"actor_kind":{"anyOf":[{"enum":["human","llm","system"],"type":"string"},{"type":"null"}],"default":null,"title":"Actor Kind"},"git_ref":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Ref"},"git_sha":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Sha"},"revised_at":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"ISO 8601","title":"Revised At"},"source_event_ids":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"title":"Source Event Ids"}},"title":"ProvenanceRef","type":"object"};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_dossier_artifact_indexed_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.namespace === undefined) || (!(func0.call(data, "namespace")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "namespace"},message:"must have required property '"+"namespace"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.artifact_id === undefined) || (!(func0.call(data, "artifact_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifact_id"},message:"must have required property '"+"artifact_id"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.content_ref === undefined) || (!(func0.call(data, "content_ref")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content_ref"},message:"must have required property '"+"content_ref"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.indexed_at === undefined) || (!(func0.call(data, "indexed_at")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "indexed_at"},message:"must have required property '"+"indexed_at"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.artifact_id !== undefined && func0.call(data, "artifact_id")){
let data0 = data.artifact_id;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if((data0.mission_key === undefined) || (!(func0.call(data0, "mission_key")))){
const err4 = {instancePath:instancePath+"/artifact_id",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema46.required,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data0.path === undefined) || (!(func0.call(data0, "path")))){
const err5 = {instancePath:instancePath+"/artifact_id",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema46.required,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data0.artifact_class === undefined) || (!(func0.call(data0, "artifact_class")))){
const err6 = {instancePath:instancePath+"/artifact_id",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "artifact_class"},message:"must have required property '"+"artifact_class"+"'",schema:schema46.required,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.artifact_class !== undefined && func0.call(data0, "artifact_class")){
let data1 = data0.artifact_class;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/artifact_id/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.artifact_class.type,parentSchema:schema46.properties.artifact_class,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((data1 === "input") || (data1 === "workflow")) || (data1 === "output")) || (data1 === "evidence")) || (data1 === "policy")) || (data1 === "runtime"))){
const err8 = {instancePath:instancePath+"/artifact_id/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/enum",keyword:"enum",params:{allowedValues: schema46.properties.artifact_class.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.artifact_class.enum,parentSchema:schema46.properties.artifact_class,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.mission_key !== undefined && func0.call(data0, "mission_key")){
let data2 = data0.mission_key;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err9 = {instancePath:instancePath+"/artifact_id/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.mission_key,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/artifact_id/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.mission_key.type,parentSchema:schema46.properties.mission_key,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.path !== undefined && func0.call(data0, "path")){
let data3 = data0.path;
if(typeof data3 === "string"){
if(func69(data3) < 1){
const err11 = {instancePath:instancePath+"/artifact_id/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.path,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/artifact_id/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.path.type,parentSchema:schema46.properties.path,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.run_id !== undefined && func0.call(data0, "run_id")){
let data4 = data0.run_id;
const _errs12 = errors;
let valid3 = false;
const _errs13 = errors;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/artifact_id/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.run_id.anyOf[0].type,parentSchema:schema46.properties.run_id.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
const _errs15 = errors;
if(data4 !== null){
const err14 = {instancePath:instancePath+"/artifact_id/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema46.properties.run_id.anyOf[1].type,parentSchema:schema46.properties.run_id.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err15 = {instancePath:instancePath+"/artifact_id/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema46.properties.run_id.anyOf,parentSchema:schema46.properties.run_id,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data0.wp_id !== undefined && func0.call(data0, "wp_id")){
let data5 = data0.wp_id;
const _errs18 = errors;
let valid4 = false;
const _errs19 = errors;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/artifact_id/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.wp_id.anyOf[0].type,parentSchema:schema46.properties.wp_id.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid4 = valid4 || _valid1;
const _errs21 = errors;
if(data5 !== null){
const err17 = {instancePath:instancePath+"/artifact_id/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema46.properties.wp_id.anyOf[1].type,parentSchema:schema46.properties.wp_id.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err18 = {instancePath:instancePath+"/artifact_id/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema46.properties.wp_id.anyOf,parentSchema:schema46.properties.wp_id,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/artifact_id",schemaPath:"#/$defs/ArtifactIdentity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.content_ref !== undefined && func0.call(data, "content_ref")){
let data6 = data.content_ref;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if((data6.hash === undefined) || (!(func0.call(data6, "hash")))){
const err20 = {instancePath:instancePath+"/content_ref",schemaPath:"#/$defs/ContentHashRef/required",keyword:"required",params:{missingProperty: "hash"},message:"must have required property '"+"hash"+"'",schema:schema47.required,parentSchema:schema47,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((data6.algorithm === undefined) || (!(func0.call(data6, "algorithm")))){
const err21 = {instancePath:instancePath+"/content_ref",schemaPath:"#/$defs/ContentHashRef/required",keyword:"required",params:{missingProperty: "algorithm"},message:"must have required property '"+"algorithm"+"'",schema:schema47.required,parentSchema:schema47,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.algorithm !== undefined && func0.call(data6, "algorithm")){
let data7 = data6.algorithm;
if(typeof data7 !== "string"){
const err22 = {instancePath:instancePath+"/content_ref/algorithm",schemaPath:"#/$defs/ContentHashRef/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.algorithm.type,parentSchema:schema47.properties.algorithm,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((data7 === "sha256") || (data7 === "sha512")) || (data7 === "md5"))){
const err23 = {instancePath:instancePath+"/content_ref/algorithm",schemaPath:"#/$defs/ContentHashRef/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema47.properties.algorithm.enum},message:"must be equal to one of the allowed values",schema:schema47.properties.algorithm.enum,parentSchema:schema47.properties.algorithm,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.encoding !== undefined && func0.call(data6, "encoding")){
let data8 = data6.encoding;
const _errs29 = errors;
let valid7 = false;
const _errs30 = errors;
if(typeof data8 !== "string"){
const err24 = {instancePath:instancePath+"/content_ref/encoding",schemaPath:"#/$defs/ContentHashRef/properties/encoding/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.encoding.anyOf[0].type,parentSchema:schema47.properties.encoding.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid2 = _errs30 === errors;
valid7 = valid7 || _valid2;
const _errs32 = errors;
if(data8 !== null){
const err25 = {instancePath:instancePath+"/content_ref/encoding",schemaPath:"#/$defs/ContentHashRef/properties/encoding/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema47.properties.encoding.anyOf[1].type,parentSchema:schema47.properties.encoding.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid2 = _errs32 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const err26 = {instancePath:instancePath+"/content_ref/encoding",schemaPath:"#/$defs/ContentHashRef/properties/encoding/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema47.properties.encoding.anyOf,parentSchema:schema47.properties.encoding,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
}
if(data6.hash !== undefined && func0.call(data6, "hash")){
let data9 = data6.hash;
if(typeof data9 === "string"){
if(func69(data9) < 1){
const err27 = {instancePath:instancePath+"/content_ref/hash",schemaPath:"#/$defs/ContentHashRef/properties/hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.hash,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/content_ref/hash",schemaPath:"#/$defs/ContentHashRef/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.hash.type,parentSchema:schema47.properties.hash,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.size_bytes !== undefined && func0.call(data6, "size_bytes")){
let data10 = data6.size_bytes;
const _errs37 = errors;
let valid8 = false;
const _errs38 = errors;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err29 = {instancePath:instancePath+"/content_ref/size_bytes",schemaPath:"#/$defs/ContentHashRef/properties/size_bytes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.size_bytes.anyOf[0].type,parentSchema:schema47.properties.size_bytes.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err30 = {instancePath:instancePath+"/content_ref/size_bytes",schemaPath:"#/$defs/ContentHashRef/properties/size_bytes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.size_bytes.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid3 = _errs38 === errors;
valid8 = valid8 || _valid3;
const _errs40 = errors;
if(data10 !== null){
const err31 = {instancePath:instancePath+"/content_ref/size_bytes",schemaPath:"#/$defs/ContentHashRef/properties/size_bytes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema47.properties.size_bytes.anyOf[1].type,parentSchema:schema47.properties.size_bytes.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid3 = _errs40 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const err32 = {instancePath:instancePath+"/content_ref/size_bytes",schemaPath:"#/$defs/ContentHashRef/properties/size_bytes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema47.properties.size_bytes.anyOf,parentSchema:schema47.properties.size_bytes,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err33 = {instancePath:instancePath+"/content_ref",schemaPath:"#/$defs/ContentHashRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.context_diagnostics !== undefined && func0.call(data, "context_diagnostics")){
let data11 = data.context_diagnostics;
const _errs43 = errors;
let valid9 = false;
const _errs44 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key0 of Object.keys(data11)){
let data12 = data11[key0];
if(typeof data12 !== "string"){
const err34 = {instancePath:instancePath+"/context_diagnostics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/context_diagnostics/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.context_diagnostics.anyOf[0].additionalProperties.type,parentSchema:schema45.properties.context_diagnostics.anyOf[0].additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.context_diagnostics.anyOf[0].type,parentSchema:schema45.properties.context_diagnostics.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid4 = _errs44 === errors;
valid9 = valid9 || _valid4;
const _errs49 = errors;
if(data11 !== null){
const err36 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema45.properties.context_diagnostics.anyOf[1].type,parentSchema:schema45.properties.context_diagnostics.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid4 = _errs49 === errors;
valid9 = valid9 || _valid4;
if(!valid9){
const err37 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema45.properties.context_diagnostics.anyOf,parentSchema:schema45.properties.context_diagnostics,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
}
if(data.indexed_at !== undefined && func0.call(data, "indexed_at")){
let data13 = data.indexed_at;
if(typeof data13 !== "string"){
const err38 = {instancePath:instancePath+"/indexed_at",schemaPath:"#/properties/indexed_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.indexed_at.type,parentSchema:schema45.properties.indexed_at,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.namespace !== undefined && func0.call(data, "namespace")){
let data14 = data.namespace;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if((data14.project_uuid === undefined) || (!(func0.call(data14, "project_uuid")))){
const err39 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema48.required,parentSchema:schema48,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((data14.feature_slug === undefined) || (!(func0.call(data14, "feature_slug")))){
const err40 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema48.required,parentSchema:schema48,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((data14.target_branch === undefined) || (!(func0.call(data14, "target_branch")))){
const err41 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "target_branch"},message:"must have required property '"+"target_branch"+"'",schema:schema48.required,parentSchema:schema48,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((data14.mission_key === undefined) || (!(func0.call(data14, "mission_key")))){
const err42 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema48.required,parentSchema:schema48,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((data14.manifest_version === undefined) || (!(func0.call(data14, "manifest_version")))){
const err43 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "manifest_version"},message:"must have required property '"+"manifest_version"+"'",schema:schema48.required,parentSchema:schema48,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data14.feature_slug !== undefined && func0.call(data14, "feature_slug")){
let data15 = data14.feature_slug;
if(typeof data15 === "string"){
if(func69(data15) < 1){
const err44 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.feature_slug,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.feature_slug.type,parentSchema:schema48.properties.feature_slug,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data14.manifest_version !== undefined && func0.call(data14, "manifest_version")){
let data16 = data14.manifest_version;
if(typeof data16 === "string"){
if(func69(data16) < 1){
const err46 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.manifest_version,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.manifest_version.type,parentSchema:schema48.properties.manifest_version,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data14.mission_key !== undefined && func0.call(data14, "mission_key")){
let data17 = data14.mission_key;
if(typeof data17 === "string"){
if(func69(data17) < 1){
const err48 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.mission_key,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.mission_key.type,parentSchema:schema48.properties.mission_key,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data14.project_uuid !== undefined && func0.call(data14, "project_uuid")){
let data18 = data14.project_uuid;
if(typeof data18 === "string"){
if(func69(data18) < 1){
const err50 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.project_uuid,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.project_uuid.type,parentSchema:schema48.properties.project_uuid,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data14.step_id !== undefined && func0.call(data14, "step_id")){
let data19 = data14.step_id;
const _errs65 = errors;
let valid13 = false;
const _errs66 = errors;
if(typeof data19 !== "string"){
const err52 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.step_id.anyOf[0].type,parentSchema:schema48.properties.step_id.anyOf[0],data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid5 = _errs66 === errors;
valid13 = valid13 || _valid5;
const _errs68 = errors;
if(data19 !== null){
const err53 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema48.properties.step_id.anyOf[1].type,parentSchema:schema48.properties.step_id.anyOf[1],data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid5 = _errs68 === errors;
valid13 = valid13 || _valid5;
if(!valid13){
const err54 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema48.properties.step_id.anyOf,parentSchema:schema48.properties.step_id,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
else {
errors = _errs65;
if(vErrors !== null){
if(_errs65){
vErrors.length = _errs65;
}
else {
vErrors = null;
}
}
}
}
if(data14.target_branch !== undefined && func0.call(data14, "target_branch")){
let data20 = data14.target_branch;
if(typeof data20 === "string"){
if(func69(data20) < 1){
const err55 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.target_branch,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.target_branch.type,parentSchema:schema48.properties.target_branch,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data:data14};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.provenance !== undefined && func0.call(data, "provenance")){
let data21 = data.provenance;
const _errs73 = errors;
let valid14 = false;
const _errs74 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.actor_id !== undefined && func0.call(data21, "actor_id")){
let data22 = data21.actor_id;
const _errs78 = errors;
let valid17 = false;
const _errs79 = errors;
if(typeof data22 !== "string"){
const err58 = {instancePath:instancePath+"/provenance/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.actor_id.anyOf[0].type,parentSchema:schema49.properties.actor_id.anyOf[0],data:data22};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid7 = _errs79 === errors;
valid17 = valid17 || _valid7;
const _errs81 = errors;
if(data22 !== null){
const err59 = {instancePath:instancePath+"/provenance/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema49.properties.actor_id.anyOf[1].type,parentSchema:schema49.properties.actor_id.anyOf[1],data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid7 = _errs81 === errors;
valid17 = valid17 || _valid7;
if(!valid17){
const err60 = {instancePath:instancePath+"/provenance/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema49.properties.actor_id.anyOf,parentSchema:schema49.properties.actor_id,data:data22};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
}
}
if(data21.actor_kind !== undefined && func0.call(data21, "actor_kind")){
let data23 = data21.actor_kind;
const _errs84 = errors;
let valid18 = false;
const _errs85 = errors;
if(typeof data23 !== "string"){
const err61 = {instancePath:instancePath+"/provenance/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.actor_kind.anyOf[0].type,parentSchema:schema49.properties.actor_kind.anyOf[0],data:data23};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!(((data23 === "human") || (data23 === "llm")) || (data23 === "system"))){
const err62 = {instancePath:instancePath+"/provenance/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema49.properties.actor_kind.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema49.properties.actor_kind.anyOf[0].enum,parentSchema:schema49.properties.actor_kind.anyOf[0],data:data23};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid8 = _errs85 === errors;
valid18 = valid18 || _valid8;
const _errs87 = errors;
if(data23 !== null){
const err63 = {instancePath:instancePath+"/provenance/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema49.properties.actor_kind.anyOf[1].type,parentSchema:schema49.properties.actor_kind.anyOf[1],data:data23};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid8 = _errs87 === errors;
valid18 = valid18 || _valid8;
if(!valid18){
const err64 = {instancePath:instancePath+"/provenance/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema49.properties.actor_kind.anyOf,parentSchema:schema49.properties.actor_kind,data:data23};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
errors = _errs84;
if(vErrors !== null){
if(_errs84){
vErrors.length = _errs84;
}
else {
vErrors = null;
}
}
}
}
if(data21.git_ref !== undefined && func0.call(data21, "git_ref")){
let data24 = data21.git_ref;
const _errs90 = errors;
let valid19 = false;
const _errs91 = errors;
if(typeof data24 !== "string"){
const err65 = {instancePath:instancePath+"/provenance/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.git_ref.anyOf[0].type,parentSchema:schema49.properties.git_ref.anyOf[0],data:data24};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var _valid9 = _errs91 === errors;
valid19 = valid19 || _valid9;
const _errs93 = errors;
if(data24 !== null){
const err66 = {instancePath:instancePath+"/provenance/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema49.properties.git_ref.anyOf[1].type,parentSchema:schema49.properties.git_ref.anyOf[1],data:data24};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid9 = _errs93 === errors;
valid19 = valid19 || _valid9;
if(!valid19){
const err67 = {instancePath:instancePath+"/provenance/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema49.properties.git_ref.anyOf,parentSchema:schema49.properties.git_ref,data:data24};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
else {
errors = _errs90;
if(vErrors !== null){
if(_errs90){
vErrors.length = _errs90;
}
else {
vErrors = null;
}
}
}
}
if(data21.git_sha !== undefined && func0.call(data21, "git_sha")){
let data25 = data21.git_sha;
const _errs96 = errors;
let valid20 = false;
const _errs97 = errors;
if(typeof data25 !== "string"){
const err68 = {instancePath:instancePath+"/provenance/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.git_sha.anyOf[0].type,parentSchema:schema49.properties.git_sha.anyOf[0],data:data25};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid10 = _errs97 === errors;
valid20 = valid20 || _valid10;
const _errs99 = errors;
if(data25 !== null){
const err69 = {instancePath:instancePath+"/provenance/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema49.properties.git_sha.anyOf[1].type,parentSchema:schema49.properties.git_sha.anyOf[1],data:data25};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid10 = _errs99 === errors;
valid20 = valid20 || _valid10;
if(!valid20){
const err70 = {instancePath:instancePath+"/provenance/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema49.properties.git_sha.anyOf,parentSchema:schema49.properties.git_sha,data:data25};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
errors = _errs96;
if(vErrors !== null){
if(_errs96){
vErrors.length = _errs96;
}
else {
vErrors = null;
}
}
}
}
if(data21.revised_at !== undefined && func0.call(data21, "revised_at")){
let data26 = data21.revised_at;
const _errs102 = errors;
let valid21 = false;
const _errs103 = errors;
if(typeof data26 !== "string"){
const err71 = {instancePath:instancePath+"/provenance/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.revised_at.anyOf[0].type,parentSchema:schema49.properties.revised_at.anyOf[0],data:data26};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var _valid11 = _errs103 === errors;
valid21 = valid21 || _valid11;
const _errs105 = errors;
if(data26 !== null){
const err72 = {instancePath:instancePath+"/provenance/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema49.properties.revised_at.anyOf[1].type,parentSchema:schema49.properties.revised_at.anyOf[1],data:data26};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid11 = _errs105 === errors;
valid21 = valid21 || _valid11;
if(!valid21){
const err73 = {instancePath:instancePath+"/provenance/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema49.properties.revised_at.anyOf,parentSchema:schema49.properties.revised_at,data:data26};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
errors = _errs102;
if(vErrors !== null){
if(_errs102){
vErrors.length = _errs102;
}
else {
vErrors = null;
}
}
}
}
if(data21.source_event_ids !== undefined && func0.call(data21, "source_event_ids")){
let data27 = data21.source_event_ids;
const _errs108 = errors;
let valid22 = false;
const _errs109 = errors;
if(Array.isArray(data27)){
const len0 = data27.length;
for(let i0=0; i0<len0; i0++){
let data28 = data27[i0];
if(typeof data28 !== "string"){
const err74 = {instancePath:instancePath+"/provenance/source_event_ids/" + i0,schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.source_event_ids.anyOf[0].items.type,parentSchema:schema49.properties.source_event_ids.anyOf[0].items,data:data28};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/provenance/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.source_event_ids.anyOf[0].type,parentSchema:schema49.properties.source_event_ids.anyOf[0],data:data27};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid12 = _errs109 === errors;
valid22 = valid22 || _valid12;
const _errs113 = errors;
if(data27 !== null){
const err76 = {instancePath:instancePath+"/provenance/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema49.properties.source_event_ids.anyOf[1].type,parentSchema:schema49.properties.source_event_ids.anyOf[1],data:data27};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid12 = _errs113 === errors;
valid22 = valid22 || _valid12;
if(!valid22){
const err77 = {instancePath:instancePath+"/provenance/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema49.properties.source_event_ids.anyOf,parentSchema:schema49.properties.source_event_ids,data:data27};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
else {
errors = _errs108;
if(vErrors !== null){
if(_errs108){
vErrors.length = _errs108;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err78 = {instancePath:instancePath+"/provenance",schemaPath:"#/$defs/ProvenanceRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data21};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid6 = _errs74 === errors;
valid14 = valid14 || _valid6;
if(_valid6){
var props1 = {};
props1.actor_id = true;
props1.actor_kind = true;
props1.git_ref = true;
props1.git_sha = true;
props1.revised_at = true;
props1.source_event_ids = true;
}
const _errs115 = errors;
if(data21 !== null){
const err79 = {instancePath:instancePath+"/provenance",schemaPath:"#/properties/provenance/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema45.properties.provenance.anyOf[1].type,parentSchema:schema45.properties.provenance.anyOf[1],data:data21};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid6 = _errs115 === errors;
valid14 = valid14 || _valid6;
if(!valid14){
const err80 = {instancePath:instancePath+"/provenance",schemaPath:"#/properties/provenance/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema45.properties.provenance.anyOf,parentSchema:schema45.properties.provenance,data:data21};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
else {
errors = _errs73;
if(vErrors !== null){
if(_errs73){
vErrors.length = _errs73;
}
else {
vErrors = null;
}
}
}
}
if(data.step_id !== undefined && func0.call(data, "step_id")){
let data29 = data.step_id;
const _errs118 = errors;
let valid25 = false;
const _errs119 = errors;
if(typeof data29 !== "string"){
const err81 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.step_id.anyOf[0].type,parentSchema:schema45.properties.step_id.anyOf[0],data:data29};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var _valid13 = _errs119 === errors;
valid25 = valid25 || _valid13;
const _errs121 = errors;
if(data29 !== null){
const err82 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema45.properties.step_id.anyOf[1].type,parentSchema:schema45.properties.step_id.anyOf[1],data:data29};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid13 = _errs121 === errors;
valid25 = valid25 || _valid13;
if(!valid25){
const err83 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema45.properties.step_id.anyOf,parentSchema:schema45.properties.step_id,data:data29};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
errors = _errs118;
if(vErrors !== null){
if(_errs118){
vErrors.length = _errs118;
}
else {
vErrors = null;
}
}
}
}
if(data.supersedes !== undefined && func0.call(data, "supersedes")){
let data30 = data.supersedes;
const _errs124 = errors;
let valid26 = false;
const _errs125 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if((data30.mission_key === undefined) || (!(func0.call(data30, "mission_key")))){
const err84 = {instancePath:instancePath+"/supersedes",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema46.required,parentSchema:schema46,data:data30};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if((data30.path === undefined) || (!(func0.call(data30, "path")))){
const err85 = {instancePath:instancePath+"/supersedes",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema46.required,parentSchema:schema46,data:data30};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if((data30.artifact_class === undefined) || (!(func0.call(data30, "artifact_class")))){
const err86 = {instancePath:instancePath+"/supersedes",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "artifact_class"},message:"must have required property '"+"artifact_class"+"'",schema:schema46.required,parentSchema:schema46,data:data30};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data30.artifact_class !== undefined && func0.call(data30, "artifact_class")){
let data31 = data30.artifact_class;
if(typeof data31 !== "string"){
const err87 = {instancePath:instancePath+"/supersedes/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.artifact_class.type,parentSchema:schema46.properties.artifact_class,data:data31};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(!((((((data31 === "input") || (data31 === "workflow")) || (data31 === "output")) || (data31 === "evidence")) || (data31 === "policy")) || (data31 === "runtime"))){
const err88 = {instancePath:instancePath+"/supersedes/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/enum",keyword:"enum",params:{allowedValues: schema46.properties.artifact_class.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.artifact_class.enum,parentSchema:schema46.properties.artifact_class,data:data31};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data30.mission_key !== undefined && func0.call(data30, "mission_key")){
let data32 = data30.mission_key;
if(typeof data32 === "string"){
if(func69(data32) < 1){
const err89 = {instancePath:instancePath+"/supersedes/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.mission_key,data:data32};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/supersedes/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.mission_key.type,parentSchema:schema46.properties.mission_key,data:data32};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data30.path !== undefined && func0.call(data30, "path")){
let data33 = data30.path;
if(typeof data33 === "string"){
if(func69(data33) < 1){
const err91 = {instancePath:instancePath+"/supersedes/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.path,data:data33};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/supersedes/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.path.type,parentSchema:schema46.properties.path,data:data33};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data30.run_id !== undefined && func0.call(data30, "run_id")){
let data34 = data30.run_id;
const _errs135 = errors;
let valid29 = false;
const _errs136 = errors;
if(typeof data34 !== "string"){
const err93 = {instancePath:instancePath+"/supersedes/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.run_id.anyOf[0].type,parentSchema:schema46.properties.run_id.anyOf[0],data:data34};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid15 = _errs136 === errors;
valid29 = valid29 || _valid15;
const _errs138 = errors;
if(data34 !== null){
const err94 = {instancePath:instancePath+"/supersedes/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema46.properties.run_id.anyOf[1].type,parentSchema:schema46.properties.run_id.anyOf[1],data:data34};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
var _valid15 = _errs138 === errors;
valid29 = valid29 || _valid15;
if(!valid29){
const err95 = {instancePath:instancePath+"/supersedes/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema46.properties.run_id.anyOf,parentSchema:schema46.properties.run_id,data:data34};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
else {
errors = _errs135;
if(vErrors !== null){
if(_errs135){
vErrors.length = _errs135;
}
else {
vErrors = null;
}
}
}
}
if(data30.wp_id !== undefined && func0.call(data30, "wp_id")){
let data35 = data30.wp_id;
const _errs141 = errors;
let valid30 = false;
const _errs142 = errors;
if(typeof data35 !== "string"){
const err96 = {instancePath:instancePath+"/supersedes/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.wp_id.anyOf[0].type,parentSchema:schema46.properties.wp_id.anyOf[0],data:data35};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
var _valid16 = _errs142 === errors;
valid30 = valid30 || _valid16;
const _errs144 = errors;
if(data35 !== null){
const err97 = {instancePath:instancePath+"/supersedes/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema46.properties.wp_id.anyOf[1].type,parentSchema:schema46.properties.wp_id.anyOf[1],data:data35};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var _valid16 = _errs144 === errors;
valid30 = valid30 || _valid16;
if(!valid30){
const err98 = {instancePath:instancePath+"/supersedes/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema46.properties.wp_id.anyOf,parentSchema:schema46.properties.wp_id,data:data35};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
else {
errors = _errs141;
if(vErrors !== null){
if(_errs141){
vErrors.length = _errs141;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err99 = {instancePath:instancePath+"/supersedes",schemaPath:"#/$defs/ArtifactIdentity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data30};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var _valid14 = _errs125 === errors;
valid26 = valid26 || _valid14;
if(_valid14){
var props2 = {};
props2.artifact_class = true;
props2.mission_key = true;
props2.path = true;
props2.run_id = true;
props2.wp_id = true;
}
const _errs146 = errors;
if(data30 !== null){
const err100 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema45.properties.supersedes.anyOf[1].type,parentSchema:schema45.properties.supersedes.anyOf[1],data:data30};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var _valid14 = _errs146 === errors;
valid26 = valid26 || _valid14;
if(!valid26){
const err101 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema45.properties.supersedes.anyOf,parentSchema:schema45.properties.supersedes,data:data30};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
else {
errors = _errs124;
if(vErrors !== null){
if(_errs124){
vErrors.length = _errs124;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err102 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"artifact_id":true,"content_ref":true,"context_diagnostics":true,"indexed_at":true,"namespace":true,"provenance":true,"step_id":true,"supersedes":true},"dynamicProps":false,"dynamicItems":false};

export const mission_dossier_artifact_missing_payload = validate32;
const schema51 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"ArtifactIdentity":{"description":"Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.","properties":{"artifact_class":{"enum":["input","workflow","output","evidence","policy","runtime"],"title":"Artifact Class","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"path":{"description":"Repository-relative path","minLength":1,"title":"Path","type":"string"},"run_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Run Id"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Wp Id"}},"required":["mission_key","path","artifact_class"],"title":"ArtifactIdentity","type":"object"},"LocalNamespaceTuple":{"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"},"ProvenanceRef":{"description":"Source trace connecting an artifact or event to its authoritative origin.","properties":{"actor_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Actor Id"},"actor_kind":{"anyOf":[{"enum":["human","llm","system"],"type":"string"},{"type":"null"}],"default":null,"title":"Actor Kind"},"git_ref":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Ref"},"git_sha":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Sha"},"revised_at":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"ISO 8601","title":"Revised At"},"source_event_ids":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"title":"Source Event Ids"}},"title":"ProvenanceRef","type":"object"}},"$id":"spec-kitty-events/mission_dossier_artifact_missing_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for MissionDossierArtifactMissing events.","properties":{"checked_at":{"description":"ISO 8601","title":"Checked At","type":"string"},"context_diagnostics":{"anyOf":[{"additionalProperties":{"type":"string"},"type":"object"},{"type":"null"}],"default":null,"title":"Context Diagnostics"},"expected_identity":{"$ref":"#/$defs/ArtifactIdentity","description":"Carries path and artifact_class of missing artifact"},"last_known_ref":{"anyOf":[{"$ref":"#/$defs/ProvenanceRef"},{"type":"null"}],"default":null},"manifest_step":{"description":"\"required_always\" or step_id","minLength":1,"title":"Manifest Step","type":"string"},"namespace":{"$ref":"#/$defs/LocalNamespaceTuple"},"remediation_hint":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Remediation Hint"}},"required":["namespace","expected_identity","manifest_step","checked_at"],"title":"MissionDossierArtifactMissingPayload","type":"object"};
const schema52 = {"description":"Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.","properties":{"artifact_class":{"enum":["input","workflow","output","evidence","policy","runtime"],"title":"Artifact Class","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"path":{"description":"Repository-relative path","minLength":1,"title":"Path","type":"string"},"run_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Run Id"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Wp Id"}},"required":["mission_key","path","artifact_class"],"title":"ArtifactIdentity","type":"object"};
const schema53 = {"description":"Source trace connecting an artifact or event to its authoritative origin.","properties":{"actor_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Actor Id"},"actor_kind":{"anyOf":[{"enum":["human","llm","system"],"type":"string"},{"type":"null"}],"default":null,"title":"Actor Kind"},"git_ref":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Ref"},"git_sha":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Sha"},"revised_at":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"ISO 8601","title":"Revised At"},"source_event_ids":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"title":"Source Event Ids"}},"title":"ProvenanceRef","type":"object"};
const schema54 = {"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_dossier_artifact_missing_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.namespace === undefined) || (!(func0.call(data, "namespace")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "namespace"},message:"must have required property '"+"namespace"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.expected_identity === undefined) || (!(func0.call(data, "expected_identity")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expected_identity"},message:"must have required property '"+"expected_identity"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.manifest_step === undefined) || (!(func0.call(data, "manifest_step")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "manifest_step"},message:"must have required property '"+"manifest_step"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.checked_at === undefined) || (!(func0.call(data, "checked_at")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checked_at"},message:"must have required property '"+"checked_at"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.checked_at !== undefined && func0.call(data, "checked_at")){
let data0 = data.checked_at;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/checked_at",schemaPath:"#/properties/checked_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.checked_at.type,parentSchema:schema51.properties.checked_at,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.context_diagnostics !== undefined && func0.call(data, "context_diagnostics")){
let data1 = data.context_diagnostics;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 of Object.keys(data1)){
let data2 = data1[key0];
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/context_diagnostics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/context_diagnostics/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.context_diagnostics.anyOf[0].additionalProperties.type,parentSchema:schema51.properties.context_diagnostics.anyOf[0].additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.context_diagnostics.anyOf[0].type,parentSchema:schema51.properties.context_diagnostics.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs11 = errors;
if(data1 !== null){
const err7 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema51.properties.context_diagnostics.anyOf[1].type,parentSchema:schema51.properties.context_diagnostics.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err8 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema51.properties.context_diagnostics.anyOf,parentSchema:schema51.properties.context_diagnostics,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.expected_identity !== undefined && func0.call(data, "expected_identity")){
let data3 = data.expected_identity;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.mission_key === undefined) || (!(func0.call(data3, "mission_key")))){
const err9 = {instancePath:instancePath+"/expected_identity",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema52.required,parentSchema:schema52,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data3.path === undefined) || (!(func0.call(data3, "path")))){
const err10 = {instancePath:instancePath+"/expected_identity",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema52.required,parentSchema:schema52,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((data3.artifact_class === undefined) || (!(func0.call(data3, "artifact_class")))){
const err11 = {instancePath:instancePath+"/expected_identity",schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "artifact_class"},message:"must have required property '"+"artifact_class"+"'",schema:schema52.required,parentSchema:schema52,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.artifact_class !== undefined && func0.call(data3, "artifact_class")){
let data4 = data3.artifact_class;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/expected_identity/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.artifact_class.type,parentSchema:schema52.properties.artifact_class,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((((((data4 === "input") || (data4 === "workflow")) || (data4 === "output")) || (data4 === "evidence")) || (data4 === "policy")) || (data4 === "runtime"))){
const err13 = {instancePath:instancePath+"/expected_identity/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/enum",keyword:"enum",params:{allowedValues: schema52.properties.artifact_class.enum},message:"must be equal to one of the allowed values",schema:schema52.properties.artifact_class.enum,parentSchema:schema52.properties.artifact_class,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.mission_key !== undefined && func0.call(data3, "mission_key")){
let data5 = data3.mission_key;
if(typeof data5 === "string"){
if(func69(data5) < 1){
const err14 = {instancePath:instancePath+"/expected_identity/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.mission_key,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/expected_identity/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.mission_key.type,parentSchema:schema52.properties.mission_key,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.path !== undefined && func0.call(data3, "path")){
let data6 = data3.path;
if(typeof data6 === "string"){
if(func69(data6) < 1){
const err16 = {instancePath:instancePath+"/expected_identity/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.path,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/expected_identity/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.path.type,parentSchema:schema52.properties.path,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.run_id !== undefined && func0.call(data3, "run_id")){
let data7 = data3.run_id;
const _errs23 = errors;
let valid5 = false;
const _errs24 = errors;
if(typeof data7 !== "string"){
const err18 = {instancePath:instancePath+"/expected_identity/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.run_id.anyOf[0].type,parentSchema:schema52.properties.run_id.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid5 = valid5 || _valid1;
const _errs26 = errors;
if(data7 !== null){
const err19 = {instancePath:instancePath+"/expected_identity/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema52.properties.run_id.anyOf[1].type,parentSchema:schema52.properties.run_id.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const err20 = {instancePath:instancePath+"/expected_identity/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema52.properties.run_id.anyOf,parentSchema:schema52.properties.run_id,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data3.wp_id !== undefined && func0.call(data3, "wp_id")){
let data8 = data3.wp_id;
const _errs29 = errors;
let valid6 = false;
const _errs30 = errors;
if(typeof data8 !== "string"){
const err21 = {instancePath:instancePath+"/expected_identity/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.wp_id.anyOf[0].type,parentSchema:schema52.properties.wp_id.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid2 = _errs30 === errors;
valid6 = valid6 || _valid2;
const _errs32 = errors;
if(data8 !== null){
const err22 = {instancePath:instancePath+"/expected_identity/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema52.properties.wp_id.anyOf[1].type,parentSchema:schema52.properties.wp_id.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs32 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err23 = {instancePath:instancePath+"/expected_identity/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema52.properties.wp_id.anyOf,parentSchema:schema52.properties.wp_id,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/expected_identity",schemaPath:"#/$defs/ArtifactIdentity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.last_known_ref !== undefined && func0.call(data, "last_known_ref")){
let data9 = data.last_known_ref;
const _errs35 = errors;
let valid7 = false;
const _errs36 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.actor_id !== undefined && func0.call(data9, "actor_id")){
let data10 = data9.actor_id;
const _errs40 = errors;
let valid10 = false;
const _errs41 = errors;
if(typeof data10 !== "string"){
const err25 = {instancePath:instancePath+"/last_known_ref/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.actor_id.anyOf[0].type,parentSchema:schema53.properties.actor_id.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid4 = _errs41 === errors;
valid10 = valid10 || _valid4;
const _errs43 = errors;
if(data10 !== null){
const err26 = {instancePath:instancePath+"/last_known_ref/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema53.properties.actor_id.anyOf[1].type,parentSchema:schema53.properties.actor_id.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid4 = _errs43 === errors;
valid10 = valid10 || _valid4;
if(!valid10){
const err27 = {instancePath:instancePath+"/last_known_ref/actor_id",schemaPath:"#/$defs/ProvenanceRef/properties/actor_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema53.properties.actor_id.anyOf,parentSchema:schema53.properties.actor_id,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
}
if(data9.actor_kind !== undefined && func0.call(data9, "actor_kind")){
let data11 = data9.actor_kind;
const _errs46 = errors;
let valid11 = false;
const _errs47 = errors;
if(typeof data11 !== "string"){
const err28 = {instancePath:instancePath+"/last_known_ref/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.actor_kind.anyOf[0].type,parentSchema:schema53.properties.actor_kind.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data11 === "human") || (data11 === "llm")) || (data11 === "system"))){
const err29 = {instancePath:instancePath+"/last_known_ref/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema53.properties.actor_kind.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema53.properties.actor_kind.anyOf[0].enum,parentSchema:schema53.properties.actor_kind.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid5 = _errs47 === errors;
valid11 = valid11 || _valid5;
const _errs49 = errors;
if(data11 !== null){
const err30 = {instancePath:instancePath+"/last_known_ref/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema53.properties.actor_kind.anyOf[1].type,parentSchema:schema53.properties.actor_kind.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid5 = _errs49 === errors;
valid11 = valid11 || _valid5;
if(!valid11){
const err31 = {instancePath:instancePath+"/last_known_ref/actor_kind",schemaPath:"#/$defs/ProvenanceRef/properties/actor_kind/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema53.properties.actor_kind.anyOf,parentSchema:schema53.properties.actor_kind,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
if(data9.git_ref !== undefined && func0.call(data9, "git_ref")){
let data12 = data9.git_ref;
const _errs52 = errors;
let valid12 = false;
const _errs53 = errors;
if(typeof data12 !== "string"){
const err32 = {instancePath:instancePath+"/last_known_ref/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.git_ref.anyOf[0].type,parentSchema:schema53.properties.git_ref.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid6 = _errs53 === errors;
valid12 = valid12 || _valid6;
const _errs55 = errors;
if(data12 !== null){
const err33 = {instancePath:instancePath+"/last_known_ref/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema53.properties.git_ref.anyOf[1].type,parentSchema:schema53.properties.git_ref.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid6 = _errs55 === errors;
valid12 = valid12 || _valid6;
if(!valid12){
const err34 = {instancePath:instancePath+"/last_known_ref/git_ref",schemaPath:"#/$defs/ProvenanceRef/properties/git_ref/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema53.properties.git_ref.anyOf,parentSchema:schema53.properties.git_ref,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
}
}
if(data9.git_sha !== undefined && func0.call(data9, "git_sha")){
let data13 = data9.git_sha;
const _errs58 = errors;
let valid13 = false;
const _errs59 = errors;
if(typeof data13 !== "string"){
const err35 = {instancePath:instancePath+"/last_known_ref/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.git_sha.anyOf[0].type,parentSchema:schema53.properties.git_sha.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid7 = _errs59 === errors;
valid13 = valid13 || _valid7;
const _errs61 = errors;
if(data13 !== null){
const err36 = {instancePath:instancePath+"/last_known_ref/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema53.properties.git_sha.anyOf[1].type,parentSchema:schema53.properties.git_sha.anyOf[1],data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid7 = _errs61 === errors;
valid13 = valid13 || _valid7;
if(!valid13){
const err37 = {instancePath:instancePath+"/last_known_ref/git_sha",schemaPath:"#/$defs/ProvenanceRef/properties/git_sha/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema53.properties.git_sha.anyOf,parentSchema:schema53.properties.git_sha,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
}
if(data9.revised_at !== undefined && func0.call(data9, "revised_at")){
let data14 = data9.revised_at;
const _errs64 = errors;
let valid14 = false;
const _errs65 = errors;
if(typeof data14 !== "string"){
const err38 = {instancePath:instancePath+"/last_known_ref/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.revised_at.anyOf[0].type,parentSchema:schema53.properties.revised_at.anyOf[0],data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid8 = _errs65 === errors;
valid14 = valid14 || _valid8;
const _errs67 = errors;
if(data14 !== null){
const err39 = {instancePath:instancePath+"/last_known_ref/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema53.properties.revised_at.anyOf[1].type,parentSchema:schema53.properties.revised_at.anyOf[1],data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid8 = _errs67 === errors;
valid14 = valid14 || _valid8;
if(!valid14){
const err40 = {instancePath:instancePath+"/last_known_ref/revised_at",schemaPath:"#/$defs/ProvenanceRef/properties/revised_at/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema53.properties.revised_at.anyOf,parentSchema:schema53.properties.revised_at,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs64;
if(vErrors !== null){
if(_errs64){
vErrors.length = _errs64;
}
else {
vErrors = null;
}
}
}
}
if(data9.source_event_ids !== undefined && func0.call(data9, "source_event_ids")){
let data15 = data9.source_event_ids;
const _errs70 = errors;
let valid15 = false;
const _errs71 = errors;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(typeof data16 !== "string"){
const err41 = {instancePath:instancePath+"/last_known_ref/source_event_ids/" + i0,schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.source_event_ids.anyOf[0].items.type,parentSchema:schema53.properties.source_event_ids.anyOf[0].items,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/last_known_ref/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.source_event_ids.anyOf[0].type,parentSchema:schema53.properties.source_event_ids.anyOf[0],data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid9 = _errs71 === errors;
valid15 = valid15 || _valid9;
const _errs75 = errors;
if(data15 !== null){
const err43 = {instancePath:instancePath+"/last_known_ref/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema53.properties.source_event_ids.anyOf[1].type,parentSchema:schema53.properties.source_event_ids.anyOf[1],data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid9 = _errs75 === errors;
valid15 = valid15 || _valid9;
if(!valid15){
const err44 = {instancePath:instancePath+"/last_known_ref/source_event_ids",schemaPath:"#/$defs/ProvenanceRef/properties/source_event_ids/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema53.properties.source_event_ids.anyOf,parentSchema:schema53.properties.source_event_ids,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
errors = _errs70;
if(vErrors !== null){
if(_errs70){
vErrors.length = _errs70;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err45 = {instancePath:instancePath+"/last_known_ref",schemaPath:"#/$defs/ProvenanceRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data:data9};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid3 = _errs36 === errors;
valid7 = valid7 || _valid3;
if(_valid3){
var props1 = {};
props1.actor_id = true;
props1.actor_kind = true;
props1.git_ref = true;
props1.git_sha = true;
props1.revised_at = true;
props1.source_event_ids = true;
}
const _errs77 = errors;
if(data9 !== null){
const err46 = {instancePath:instancePath+"/last_known_ref",schemaPath:"#/properties/last_known_ref/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema51.properties.last_known_ref.anyOf[1].type,parentSchema:schema51.properties.last_known_ref.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid3 = _errs77 === errors;
valid7 = valid7 || _valid3;
if(!valid7){
const err47 = {instancePath:instancePath+"/last_known_ref",schemaPath:"#/properties/last_known_ref/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema51.properties.last_known_ref.anyOf,parentSchema:schema51.properties.last_known_ref,data:data9};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data.manifest_step !== undefined && func0.call(data, "manifest_step")){
let data17 = data.manifest_step;
if(typeof data17 === "string"){
if(func69(data17) < 1){
const err48 = {instancePath:instancePath+"/manifest_step",schemaPath:"#/properties/manifest_step/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.manifest_step,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/manifest_step",schemaPath:"#/properties/manifest_step/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.manifest_step.type,parentSchema:schema51.properties.manifest_step,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.namespace !== undefined && func0.call(data, "namespace")){
let data18 = data.namespace;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if((data18.project_uuid === undefined) || (!(func0.call(data18, "project_uuid")))){
const err50 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema54.required,parentSchema:schema54,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((data18.feature_slug === undefined) || (!(func0.call(data18, "feature_slug")))){
const err51 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema54.required,parentSchema:schema54,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((data18.target_branch === undefined) || (!(func0.call(data18, "target_branch")))){
const err52 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "target_branch"},message:"must have required property '"+"target_branch"+"'",schema:schema54.required,parentSchema:schema54,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((data18.mission_key === undefined) || (!(func0.call(data18, "mission_key")))){
const err53 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema54.required,parentSchema:schema54,data:data18};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((data18.manifest_version === undefined) || (!(func0.call(data18, "manifest_version")))){
const err54 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "manifest_version"},message:"must have required property '"+"manifest_version"+"'",schema:schema54.required,parentSchema:schema54,data:data18};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data18.feature_slug !== undefined && func0.call(data18, "feature_slug")){
let data19 = data18.feature_slug;
if(typeof data19 === "string"){
if(func69(data19) < 1){
const err55 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.feature_slug,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.feature_slug.type,parentSchema:schema54.properties.feature_slug,data:data19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data18.manifest_version !== undefined && func0.call(data18, "manifest_version")){
let data20 = data18.manifest_version;
if(typeof data20 === "string"){
if(func69(data20) < 1){
const err57 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.manifest_version,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.manifest_version.type,parentSchema:schema54.properties.manifest_version,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data18.mission_key !== undefined && func0.call(data18, "mission_key")){
let data21 = data18.mission_key;
if(typeof data21 === "string"){
if(func69(data21) < 1){
const err59 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.mission_key,data:data21};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.mission_key.type,parentSchema:schema54.properties.mission_key,data:data21};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data18.project_uuid !== undefined && func0.call(data18, "project_uuid")){
let data22 = data18.project_uuid;
if(typeof data22 === "string"){
if(func69(data22) < 1){
const err61 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.project_uuid,data:data22};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.project_uuid.type,parentSchema:schema54.properties.project_uuid,data:data22};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data18.step_id !== undefined && func0.call(data18, "step_id")){
let data23 = data18.step_id;
const _errs93 = errors;
let valid20 = false;
const _errs94 = errors;
if(typeof data23 !== "string"){
const err63 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.step_id.anyOf[0].type,parentSchema:schema54.properties.step_id.anyOf[0],data:data23};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid10 = _errs94 === errors;
valid20 = valid20 || _valid10;
const _errs96 = errors;
if(data23 !== null){
const err64 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema54.properties.step_id.anyOf[1].type,parentSchema:schema54.properties.step_id.anyOf[1],data:data23};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid10 = _errs96 === errors;
valid20 = valid20 || _valid10;
if(!valid20){
const err65 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema54.properties.step_id.anyOf,parentSchema:schema54.properties.step_id,data:data23};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
errors = _errs93;
if(vErrors !== null){
if(_errs93){
vErrors.length = _errs93;
}
else {
vErrors = null;
}
}
}
}
if(data18.target_branch !== undefined && func0.call(data18, "target_branch")){
let data24 = data18.target_branch;
if(typeof data24 === "string"){
if(func69(data24) < 1){
const err66 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.target_branch,data:data24};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.target_branch.type,parentSchema:schema54.properties.target_branch,data:data24};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data:data18};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.remediation_hint !== undefined && func0.call(data, "remediation_hint")){
let data25 = data.remediation_hint;
const _errs101 = errors;
let valid21 = false;
const _errs102 = errors;
if(typeof data25 !== "string"){
const err69 = {instancePath:instancePath+"/remediation_hint",schemaPath:"#/properties/remediation_hint/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.remediation_hint.anyOf[0].type,parentSchema:schema51.properties.remediation_hint.anyOf[0],data:data25};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid11 = _errs102 === errors;
valid21 = valid21 || _valid11;
const _errs104 = errors;
if(data25 !== null){
const err70 = {instancePath:instancePath+"/remediation_hint",schemaPath:"#/properties/remediation_hint/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema51.properties.remediation_hint.anyOf[1].type,parentSchema:schema51.properties.remediation_hint.anyOf[1],data:data25};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid11 = _errs104 === errors;
valid21 = valid21 || _valid11;
if(!valid21){
const err71 = {instancePath:instancePath+"/remediation_hint",schemaPath:"#/properties/remediation_hint/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema51.properties.remediation_hint.anyOf,parentSchema:schema51.properties.remediation_hint,data:data25};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
else {
errors = _errs101;
if(vErrors !== null){
if(_errs101){
vErrors.length = _errs101;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err72 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"checked_at":true,"context_diagnostics":true,"expected_identity":true,"last_known_ref":true,"manifest_step":true,"namespace":true,"remediation_hint":true},"dynamicProps":false,"dynamicItems":false};

export const mission_dossier_parity_drift_detected_payload = validate33;
const schema55 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"ArtifactIdentity":{"description":"Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.","properties":{"artifact_class":{"enum":["input","workflow","output","evidence","policy","runtime"],"title":"Artifact Class","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"path":{"description":"Repository-relative path","minLength":1,"title":"Path","type":"string"},"run_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Run Id"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Wp Id"}},"required":["mission_key","path","artifact_class"],"title":"ArtifactIdentity","type":"object"},"LocalNamespaceTuple":{"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"}},"$id":"spec-kitty-events/mission_dossier_parity_drift_detected_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for MissionDossierParityDriftDetected events.","properties":{"actual_hash":{"minLength":1,"title":"Actual Hash","type":"string"},"artifact_ids_changed":{"anyOf":[{"items":{"$ref":"#/$defs/ArtifactIdentity"},"type":"array"},{"type":"null"}],"default":null,"title":"Artifact Ids Changed"},"context_diagnostics":{"anyOf":[{"additionalProperties":{"type":"string"},"type":"object"},{"type":"null"}],"default":null,"title":"Context Diagnostics"},"detected_at":{"description":"ISO 8601","title":"Detected At","type":"string"},"drift_kind":{"enum":["artifact_added","artifact_removed","artifact_mutated","anomaly_introduced","anomaly_resolved","manifest_version_changed"],"title":"Drift Kind","type":"string"},"expected_hash":{"minLength":1,"title":"Expected Hash","type":"string"},"namespace":{"$ref":"#/$defs/LocalNamespaceTuple"},"rebuild_hint":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Rebuild Hint"}},"required":["namespace","expected_hash","actual_hash","drift_kind","detected_at"],"title":"MissionDossierParityDriftDetectedPayload","type":"object"};
const schema56 = {"description":"Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.","properties":{"artifact_class":{"enum":["input","workflow","output","evidence","policy","runtime"],"title":"Artifact Class","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"path":{"description":"Repository-relative path","minLength":1,"title":"Path","type":"string"},"run_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Run Id"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Wp Id"}},"required":["mission_key","path","artifact_class"],"title":"ArtifactIdentity","type":"object"};
const schema57 = {"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_dossier_parity_drift_detected_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.namespace === undefined) || (!(func0.call(data, "namespace")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "namespace"},message:"must have required property '"+"namespace"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.expected_hash === undefined) || (!(func0.call(data, "expected_hash")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expected_hash"},message:"must have required property '"+"expected_hash"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.actual_hash === undefined) || (!(func0.call(data, "actual_hash")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actual_hash"},message:"must have required property '"+"actual_hash"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.drift_kind === undefined) || (!(func0.call(data, "drift_kind")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "drift_kind"},message:"must have required property '"+"drift_kind"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.detected_at === undefined) || (!(func0.call(data, "detected_at")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "detected_at"},message:"must have required property '"+"detected_at"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.actual_hash !== undefined && func0.call(data, "actual_hash")){
let data0 = data.actual_hash;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err5 = {instancePath:instancePath+"/actual_hash",schemaPath:"#/properties/actual_hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.actual_hash,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/actual_hash",schemaPath:"#/properties/actual_hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.actual_hash.type,parentSchema:schema55.properties.actual_hash,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.artifact_ids_changed !== undefined && func0.call(data, "artifact_ids_changed")){
let data1 = data.artifact_ids_changed;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if((data2.mission_key === undefined) || (!(func0.call(data2, "mission_key")))){
const err7 = {instancePath:instancePath+"/artifact_ids_changed/" + i0,schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema56.required,parentSchema:schema56,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data2.path === undefined) || (!(func0.call(data2, "path")))){
const err8 = {instancePath:instancePath+"/artifact_ids_changed/" + i0,schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema56.required,parentSchema:schema56,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data2.artifact_class === undefined) || (!(func0.call(data2, "artifact_class")))){
const err9 = {instancePath:instancePath+"/artifact_ids_changed/" + i0,schemaPath:"#/$defs/ArtifactIdentity/required",keyword:"required",params:{missingProperty: "artifact_class"},message:"must have required property '"+"artifact_class"+"'",schema:schema56.required,parentSchema:schema56,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.artifact_class !== undefined && func0.call(data2, "artifact_class")){
let data3 = data2.artifact_class;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.artifact_class.type,parentSchema:schema56.properties.artifact_class,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((((data3 === "input") || (data3 === "workflow")) || (data3 === "output")) || (data3 === "evidence")) || (data3 === "policy")) || (data3 === "runtime"))){
const err11 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/artifact_class",schemaPath:"#/$defs/ArtifactIdentity/properties/artifact_class/enum",keyword:"enum",params:{allowedValues: schema56.properties.artifact_class.enum},message:"must be equal to one of the allowed values",schema:schema56.properties.artifact_class.enum,parentSchema:schema56.properties.artifact_class,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.mission_key !== undefined && func0.call(data2, "mission_key")){
let data4 = data2.mission_key;
if(typeof data4 === "string"){
if(func69(data4) < 1){
const err12 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.mission_key,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/mission_key",schemaPath:"#/$defs/ArtifactIdentity/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.mission_key.type,parentSchema:schema56.properties.mission_key,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.path !== undefined && func0.call(data2, "path")){
let data5 = data2.path;
if(typeof data5 === "string"){
if(func69(data5) < 1){
const err14 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.path,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/path",schemaPath:"#/$defs/ArtifactIdentity/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.path.type,parentSchema:schema56.properties.path,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.run_id !== undefined && func0.call(data2, "run_id")){
let data6 = data2.run_id;
const _errs18 = errors;
let valid6 = false;
const _errs19 = errors;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.run_id.anyOf[0].type,parentSchema:schema56.properties.run_id.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid6 = valid6 || _valid1;
const _errs21 = errors;
if(data6 !== null){
const err17 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema56.properties.run_id.anyOf[1].type,parentSchema:schema56.properties.run_id.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err18 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/run_id",schemaPath:"#/$defs/ArtifactIdentity/properties/run_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema56.properties.run_id.anyOf,parentSchema:schema56.properties.run_id,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data2.wp_id !== undefined && func0.call(data2, "wp_id")){
let data7 = data2.wp_id;
const _errs24 = errors;
let valid7 = false;
const _errs25 = errors;
if(typeof data7 !== "string"){
const err19 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.wp_id.anyOf[0].type,parentSchema:schema56.properties.wp_id.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid7 = valid7 || _valid2;
const _errs27 = errors;
if(data7 !== null){
const err20 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema56.properties.wp_id.anyOf[1].type,parentSchema:schema56.properties.wp_id.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const err21 = {instancePath:instancePath+"/artifact_ids_changed/" + i0+"/wp_id",schemaPath:"#/$defs/ArtifactIdentity/properties/wp_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema56.properties.wp_id.anyOf,parentSchema:schema56.properties.wp_id,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/artifact_ids_changed/" + i0,schemaPath:"#/$defs/ArtifactIdentity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/artifact_ids_changed",schemaPath:"#/properties/artifact_ids_changed/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.artifact_ids_changed.anyOf[0].type,parentSchema:schema55.properties.artifact_ids_changed.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs29 = errors;
if(data1 !== null){
const err24 = {instancePath:instancePath+"/artifact_ids_changed",schemaPath:"#/properties/artifact_ids_changed/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema55.properties.artifact_ids_changed.anyOf[1].type,parentSchema:schema55.properties.artifact_ids_changed.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs29 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err25 = {instancePath:instancePath+"/artifact_ids_changed",schemaPath:"#/properties/artifact_ids_changed/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema55.properties.artifact_ids_changed.anyOf,parentSchema:schema55.properties.artifact_ids_changed,data:data1};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.context_diagnostics !== undefined && func0.call(data, "context_diagnostics")){
let data8 = data.context_diagnostics;
const _errs32 = errors;
let valid8 = false;
const _errs33 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key0 of Object.keys(data8)){
let data9 = data8[key0];
if(typeof data9 !== "string"){
const err26 = {instancePath:instancePath+"/context_diagnostics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/context_diagnostics/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.context_diagnostics.anyOf[0].additionalProperties.type,parentSchema:schema55.properties.context_diagnostics.anyOf[0].additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.context_diagnostics.anyOf[0].type,parentSchema:schema55.properties.context_diagnostics.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid8 = valid8 || _valid3;
const _errs38 = errors;
if(data8 !== null){
const err28 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema55.properties.context_diagnostics.anyOf[1].type,parentSchema:schema55.properties.context_diagnostics.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid3 = _errs38 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const err29 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema55.properties.context_diagnostics.anyOf,parentSchema:schema55.properties.context_diagnostics,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data.detected_at !== undefined && func0.call(data, "detected_at")){
let data10 = data.detected_at;
if(typeof data10 !== "string"){
const err30 = {instancePath:instancePath+"/detected_at",schemaPath:"#/properties/detected_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.detected_at.type,parentSchema:schema55.properties.detected_at,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.drift_kind !== undefined && func0.call(data, "drift_kind")){
let data11 = data.drift_kind;
if(typeof data11 !== "string"){
const err31 = {instancePath:instancePath+"/drift_kind",schemaPath:"#/properties/drift_kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.drift_kind.type,parentSchema:schema55.properties.drift_kind,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!((((((data11 === "artifact_added") || (data11 === "artifact_removed")) || (data11 === "artifact_mutated")) || (data11 === "anomaly_introduced")) || (data11 === "anomaly_resolved")) || (data11 === "manifest_version_changed"))){
const err32 = {instancePath:instancePath+"/drift_kind",schemaPath:"#/properties/drift_kind/enum",keyword:"enum",params:{allowedValues: schema55.properties.drift_kind.enum},message:"must be equal to one of the allowed values",schema:schema55.properties.drift_kind.enum,parentSchema:schema55.properties.drift_kind,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.expected_hash !== undefined && func0.call(data, "expected_hash")){
let data12 = data.expected_hash;
if(typeof data12 === "string"){
if(func69(data12) < 1){
const err33 = {instancePath:instancePath+"/expected_hash",schemaPath:"#/properties/expected_hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.expected_hash,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/expected_hash",schemaPath:"#/properties/expected_hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.expected_hash.type,parentSchema:schema55.properties.expected_hash,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.namespace !== undefined && func0.call(data, "namespace")){
let data13 = data.namespace;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if((data13.project_uuid === undefined) || (!(func0.call(data13, "project_uuid")))){
const err35 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema57.required,parentSchema:schema57,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((data13.feature_slug === undefined) || (!(func0.call(data13, "feature_slug")))){
const err36 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema57.required,parentSchema:schema57,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((data13.target_branch === undefined) || (!(func0.call(data13, "target_branch")))){
const err37 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "target_branch"},message:"must have required property '"+"target_branch"+"'",schema:schema57.required,parentSchema:schema57,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((data13.mission_key === undefined) || (!(func0.call(data13, "mission_key")))){
const err38 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema57.required,parentSchema:schema57,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((data13.manifest_version === undefined) || (!(func0.call(data13, "manifest_version")))){
const err39 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "manifest_version"},message:"must have required property '"+"manifest_version"+"'",schema:schema57.required,parentSchema:schema57,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data13.feature_slug !== undefined && func0.call(data13, "feature_slug")){
let data14 = data13.feature_slug;
if(typeof data14 === "string"){
if(func69(data14) < 1){
const err40 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.feature_slug,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.feature_slug.type,parentSchema:schema57.properties.feature_slug,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data13.manifest_version !== undefined && func0.call(data13, "manifest_version")){
let data15 = data13.manifest_version;
if(typeof data15 === "string"){
if(func69(data15) < 1){
const err42 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.manifest_version,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.manifest_version.type,parentSchema:schema57.properties.manifest_version,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data13.mission_key !== undefined && func0.call(data13, "mission_key")){
let data16 = data13.mission_key;
if(typeof data16 === "string"){
if(func69(data16) < 1){
const err44 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.mission_key,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.mission_key.type,parentSchema:schema57.properties.mission_key,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data13.project_uuid !== undefined && func0.call(data13, "project_uuid")){
let data17 = data13.project_uuid;
if(typeof data17 === "string"){
if(func69(data17) < 1){
const err46 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.project_uuid,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.project_uuid.type,parentSchema:schema57.properties.project_uuid,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data13.step_id !== undefined && func0.call(data13, "step_id")){
let data18 = data13.step_id;
const _errs58 = errors;
let valid12 = false;
const _errs59 = errors;
if(typeof data18 !== "string"){
const err48 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.step_id.anyOf[0].type,parentSchema:schema57.properties.step_id.anyOf[0],data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid4 = _errs59 === errors;
valid12 = valid12 || _valid4;
const _errs61 = errors;
if(data18 !== null){
const err49 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema57.properties.step_id.anyOf[1].type,parentSchema:schema57.properties.step_id.anyOf[1],data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid4 = _errs61 === errors;
valid12 = valid12 || _valid4;
if(!valid12){
const err50 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema57.properties.step_id.anyOf,parentSchema:schema57.properties.step_id,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
}
if(data13.target_branch !== undefined && func0.call(data13, "target_branch")){
let data19 = data13.target_branch;
if(typeof data19 === "string"){
if(func69(data19) < 1){
const err51 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.target_branch,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.target_branch.type,parentSchema:schema57.properties.target_branch,data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data:data13};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.rebuild_hint !== undefined && func0.call(data, "rebuild_hint")){
let data20 = data.rebuild_hint;
const _errs66 = errors;
let valid13 = false;
const _errs67 = errors;
if(typeof data20 !== "string"){
const err54 = {instancePath:instancePath+"/rebuild_hint",schemaPath:"#/properties/rebuild_hint/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.rebuild_hint.anyOf[0].type,parentSchema:schema55.properties.rebuild_hint.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid5 = _errs67 === errors;
valid13 = valid13 || _valid5;
const _errs69 = errors;
if(data20 !== null){
const err55 = {instancePath:instancePath+"/rebuild_hint",schemaPath:"#/properties/rebuild_hint/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema55.properties.rebuild_hint.anyOf[1].type,parentSchema:schema55.properties.rebuild_hint.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid5 = _errs69 === errors;
valid13 = valid13 || _valid5;
if(!valid13){
const err56 = {instancePath:instancePath+"/rebuild_hint",schemaPath:"#/properties/rebuild_hint/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema55.properties.rebuild_hint.anyOf,parentSchema:schema55.properties.rebuild_hint,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
errors = _errs66;
if(vErrors !== null){
if(_errs66){
vErrors.length = _errs66;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"actual_hash":true,"artifact_ids_changed":true,"context_diagnostics":true,"detected_at":true,"drift_kind":true,"expected_hash":true,"namespace":true,"rebuild_hint":true},"dynamicProps":false,"dynamicItems":false};

export const mission_dossier_snapshot_computed_payload = validate34;
const schema58 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"LocalNamespaceTuple":{"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"}},"$id":"spec-kitty-events/mission_dossier_snapshot_computed_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for MissionDossierSnapshotComputed events.\n\nmanifest_version NOT duplicated here — use namespace.manifest_version.","properties":{"algorithm":{"anyOf":[{"enum":["sha256","sha512","md5"],"type":"string"},{"type":"null"}],"default":null,"title":"Algorithm"},"anomaly_count":{"minimum":0,"title":"Anomaly Count","type":"integer"},"artifact_count":{"minimum":0,"title":"Artifact Count","type":"integer"},"computed_at":{"description":"ISO 8601","title":"Computed At","type":"string"},"context_diagnostics":{"anyOf":[{"additionalProperties":{"type":"string"},"type":"object"},{"type":"null"}],"default":null,"title":"Context Diagnostics"},"namespace":{"$ref":"#/$defs/LocalNamespaceTuple","description":"manifest_version lives here only"},"snapshot_hash":{"description":"Hex-encoded deterministic hash","minLength":1,"title":"Snapshot Hash","type":"string"}},"required":["namespace","snapshot_hash","artifact_count","anomaly_count","computed_at"],"title":"MissionDossierSnapshotComputedPayload","type":"object"};
const schema59 = {"description":"Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY — event payloads must NOT duplicate it.","properties":{"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"manifest_version":{"minLength":1,"title":"Manifest Version","type":"string"},"mission_key":{"minLength":1,"title":"Mission Key","type":"string"},"project_uuid":{"minLength":1,"title":"Project Uuid","type":"string"},"step_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Step Id"},"target_branch":{"minLength":1,"title":"Target Branch","type":"string"}},"required":["project_uuid","feature_slug","target_branch","mission_key","manifest_version"],"title":"LocalNamespaceTuple","type":"object"};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_dossier_snapshot_computed_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.namespace === undefined) || (!(func0.call(data, "namespace")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "namespace"},message:"must have required property '"+"namespace"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.snapshot_hash === undefined) || (!(func0.call(data, "snapshot_hash")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "snapshot_hash"},message:"must have required property '"+"snapshot_hash"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.artifact_count === undefined) || (!(func0.call(data, "artifact_count")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifact_count"},message:"must have required property '"+"artifact_count"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.anomaly_count === undefined) || (!(func0.call(data, "anomaly_count")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "anomaly_count"},message:"must have required property '"+"anomaly_count"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.computed_at === undefined) || (!(func0.call(data, "computed_at")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "computed_at"},message:"must have required property '"+"computed_at"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.algorithm !== undefined && func0.call(data, "algorithm")){
let data0 = data.algorithm;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.algorithm.anyOf[0].type,parentSchema:schema58.properties.algorithm.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((data0 === "sha256") || (data0 === "sha512")) || (data0 === "md5"))){
const err6 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema58.properties.algorithm.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.algorithm.anyOf[0].enum,parentSchema:schema58.properties.algorithm.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data0 !== null){
const err7 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema58.properties.algorithm.anyOf[1].type,parentSchema:schema58.properties.algorithm.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err8 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema58.properties.algorithm.anyOf,parentSchema:schema58.properties.algorithm,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.anomaly_count !== undefined && func0.call(data, "anomaly_count")){
let data1 = data.anomaly_count;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err9 = {instancePath:instancePath+"/anomaly_count",schemaPath:"#/properties/anomaly_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.anomaly_count.type,parentSchema:schema58.properties.anomaly_count,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/anomaly_count",schemaPath:"#/properties/anomaly_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.anomaly_count,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.artifact_count !== undefined && func0.call(data, "artifact_count")){
let data2 = data.artifact_count;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err11 = {instancePath:instancePath+"/artifact_count",schemaPath:"#/properties/artifact_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.artifact_count.type,parentSchema:schema58.properties.artifact_count,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/artifact_count",schemaPath:"#/properties/artifact_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.artifact_count,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.computed_at !== undefined && func0.call(data, "computed_at")){
let data3 = data.computed_at;
if(typeof data3 !== "string"){
const err13 = {instancePath:instancePath+"/computed_at",schemaPath:"#/properties/computed_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.computed_at.type,parentSchema:schema58.properties.computed_at,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.context_diagnostics !== undefined && func0.call(data, "context_diagnostics")){
let data4 = data.context_diagnostics;
const _errs15 = errors;
let valid2 = false;
const _errs16 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key0 of Object.keys(data4)){
let data5 = data4[key0];
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/context_diagnostics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/context_diagnostics/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.context_diagnostics.anyOf[0].additionalProperties.type,parentSchema:schema58.properties.context_diagnostics.anyOf[0].additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.context_diagnostics.anyOf[0].type,parentSchema:schema58.properties.context_diagnostics.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
const _errs21 = errors;
if(data4 !== null){
const err16 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema58.properties.context_diagnostics.anyOf[1].type,parentSchema:schema58.properties.context_diagnostics.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err17 = {instancePath:instancePath+"/context_diagnostics",schemaPath:"#/properties/context_diagnostics/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema58.properties.context_diagnostics.anyOf,parentSchema:schema58.properties.context_diagnostics,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.namespace !== undefined && func0.call(data, "namespace")){
let data6 = data.namespace;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if((data6.project_uuid === undefined) || (!(func0.call(data6, "project_uuid")))){
const err18 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema59.required,parentSchema:schema59,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((data6.feature_slug === undefined) || (!(func0.call(data6, "feature_slug")))){
const err19 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema59.required,parentSchema:schema59,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((data6.target_branch === undefined) || (!(func0.call(data6, "target_branch")))){
const err20 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "target_branch"},message:"must have required property '"+"target_branch"+"'",schema:schema59.required,parentSchema:schema59,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((data6.mission_key === undefined) || (!(func0.call(data6, "mission_key")))){
const err21 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "mission_key"},message:"must have required property '"+"mission_key"+"'",schema:schema59.required,parentSchema:schema59,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((data6.manifest_version === undefined) || (!(func0.call(data6, "manifest_version")))){
const err22 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/required",keyword:"required",params:{missingProperty: "manifest_version"},message:"must have required property '"+"manifest_version"+"'",schema:schema59.required,parentSchema:schema59,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.feature_slug !== undefined && func0.call(data6, "feature_slug")){
let data7 = data6.feature_slug;
if(typeof data7 === "string"){
if(func69(data7) < 1){
const err23 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.feature_slug,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/namespace/feature_slug",schemaPath:"#/$defs/LocalNamespaceTuple/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.feature_slug.type,parentSchema:schema59.properties.feature_slug,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.manifest_version !== undefined && func0.call(data6, "manifest_version")){
let data8 = data6.manifest_version;
if(typeof data8 === "string"){
if(func69(data8) < 1){
const err25 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.manifest_version,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/namespace/manifest_version",schemaPath:"#/$defs/LocalNamespaceTuple/properties/manifest_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.manifest_version.type,parentSchema:schema59.properties.manifest_version,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.mission_key !== undefined && func0.call(data6, "mission_key")){
let data9 = data6.mission_key;
if(typeof data9 === "string"){
if(func69(data9) < 1){
const err27 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.mission_key,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/namespace/mission_key",schemaPath:"#/$defs/LocalNamespaceTuple/properties/mission_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.mission_key.type,parentSchema:schema59.properties.mission_key,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.project_uuid !== undefined && func0.call(data6, "project_uuid")){
let data10 = data6.project_uuid;
if(typeof data10 === "string"){
if(func69(data10) < 1){
const err29 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.project_uuid,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/namespace/project_uuid",schemaPath:"#/$defs/LocalNamespaceTuple/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.project_uuid.type,parentSchema:schema59.properties.project_uuid,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.step_id !== undefined && func0.call(data6, "step_id")){
let data11 = data6.step_id;
const _errs35 = errors;
let valid6 = false;
const _errs36 = errors;
if(typeof data11 !== "string"){
const err31 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.step_id.anyOf[0].type,parentSchema:schema59.properties.step_id.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid2 = _errs36 === errors;
valid6 = valid6 || _valid2;
const _errs38 = errors;
if(data11 !== null){
const err32 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema59.properties.step_id.anyOf[1].type,parentSchema:schema59.properties.step_id.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid2 = _errs38 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err33 = {instancePath:instancePath+"/namespace/step_id",schemaPath:"#/$defs/LocalNamespaceTuple/properties/step_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema59.properties.step_id.anyOf,parentSchema:schema59.properties.step_id,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data6.target_branch !== undefined && func0.call(data6, "target_branch")){
let data12 = data6.target_branch;
if(typeof data12 === "string"){
if(func69(data12) < 1){
const err34 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.target_branch,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/namespace/target_branch",schemaPath:"#/$defs/LocalNamespaceTuple/properties/target_branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.target_branch.type,parentSchema:schema59.properties.target_branch,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/LocalNamespaceTuple/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data6};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.snapshot_hash !== undefined && func0.call(data, "snapshot_hash")){
let data13 = data.snapshot_hash;
if(typeof data13 === "string"){
if(func69(data13) < 1){
const err37 = {instancePath:instancePath+"/snapshot_hash",schemaPath:"#/properties/snapshot_hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.snapshot_hash,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/snapshot_hash",schemaPath:"#/properties/snapshot_hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.snapshot_hash.type,parentSchema:schema58.properties.snapshot_hash,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":{"algorithm":true,"anomaly_count":true,"artifact_count":true,"computed_at":true,"context_diagnostics":true,"namespace":true,"snapshot_hash":true},"dynamicProps":false,"dynamicItems":false};

export const provenance_ref = validate35;
const schema60 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/provenance_ref","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Source trace connecting an artifact or event to its authoritative origin.","properties":{"actor_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Actor Id"},"actor_kind":{"anyOf":[{"enum":["human","llm","system"],"type":"string"},{"type":"null"}],"default":null,"title":"Actor Kind"},"git_ref":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Ref"},"git_sha":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"title":"Git Sha"},"revised_at":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"ISO 8601","title":"Revised At"},"source_event_ids":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"title":"Source Event Ids"}},"title":"ProvenanceRef","type":"object"};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/provenance_ref" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.actor_id !== undefined && func0.call(data, "actor_id")){
let data0 = data.actor_id;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.actor_id.anyOf[0].type,parentSchema:schema60.properties.actor_id.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data0 !== null){
const err1 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema60.properties.actor_id.anyOf[1].type,parentSchema:schema60.properties.actor_id.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err2 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema60.properties.actor_id.anyOf,parentSchema:schema60.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.actor_kind !== undefined && func0.call(data, "actor_kind")){
let data1 = data.actor_kind;
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/actor_kind",schemaPath:"#/properties/actor_kind/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.actor_kind.anyOf[0].type,parentSchema:schema60.properties.actor_kind.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data1 === "human") || (data1 === "llm")) || (data1 === "system"))){
const err4 = {instancePath:instancePath+"/actor_kind",schemaPath:"#/properties/actor_kind/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema60.properties.actor_kind.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema60.properties.actor_kind.anyOf[0].enum,parentSchema:schema60.properties.actor_kind.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
const _errs12 = errors;
if(data1 !== null){
const err5 = {instancePath:instancePath+"/actor_kind",schemaPath:"#/properties/actor_kind/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema60.properties.actor_kind.anyOf[1].type,parentSchema:schema60.properties.actor_kind.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err6 = {instancePath:instancePath+"/actor_kind",schemaPath:"#/properties/actor_kind/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema60.properties.actor_kind.anyOf,parentSchema:schema60.properties.actor_kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.git_ref !== undefined && func0.call(data, "git_ref")){
let data2 = data.git_ref;
const _errs15 = errors;
let valid3 = false;
const _errs16 = errors;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/git_ref",schemaPath:"#/properties/git_ref/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.git_ref.anyOf[0].type,parentSchema:schema60.properties.git_ref.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid2 = _errs16 === errors;
valid3 = valid3 || _valid2;
const _errs18 = errors;
if(data2 !== null){
const err8 = {instancePath:instancePath+"/git_ref",schemaPath:"#/properties/git_ref/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema60.properties.git_ref.anyOf[1].type,parentSchema:schema60.properties.git_ref.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err9 = {instancePath:instancePath+"/git_ref",schemaPath:"#/properties/git_ref/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema60.properties.git_ref.anyOf,parentSchema:schema60.properties.git_ref,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.git_sha !== undefined && func0.call(data, "git_sha")){
let data3 = data.git_sha;
const _errs21 = errors;
let valid4 = false;
const _errs22 = errors;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/git_sha",schemaPath:"#/properties/git_sha/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.git_sha.anyOf[0].type,parentSchema:schema60.properties.git_sha.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid3 = _errs22 === errors;
valid4 = valid4 || _valid3;
const _errs24 = errors;
if(data3 !== null){
const err11 = {instancePath:instancePath+"/git_sha",schemaPath:"#/properties/git_sha/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema60.properties.git_sha.anyOf[1].type,parentSchema:schema60.properties.git_sha.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid3 = _errs24 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const err12 = {instancePath:instancePath+"/git_sha",schemaPath:"#/properties/git_sha/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema60.properties.git_sha.anyOf,parentSchema:schema60.properties.git_sha,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data.revised_at !== undefined && func0.call(data, "revised_at")){
let data4 = data.revised_at;
const _errs27 = errors;
let valid5 = false;
const _errs28 = errors;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/revised_at",schemaPath:"#/properties/revised_at/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.revised_at.anyOf[0].type,parentSchema:schema60.properties.revised_at.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid4 = _errs28 === errors;
valid5 = valid5 || _valid4;
const _errs30 = errors;
if(data4 !== null){
const err14 = {instancePath:instancePath+"/revised_at",schemaPath:"#/properties/revised_at/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema60.properties.revised_at.anyOf[1].type,parentSchema:schema60.properties.revised_at.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid4 = _errs30 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const err15 = {instancePath:instancePath+"/revised_at",schemaPath:"#/properties/revised_at/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema60.properties.revised_at.anyOf,parentSchema:schema60.properties.revised_at,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.source_event_ids !== undefined && func0.call(data, "source_event_ids")){
let data5 = data.source_event_ids;
const _errs33 = errors;
let valid6 = false;
const _errs34 = errors;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/source_event_ids/" + i0,schemaPath:"#/properties/source_event_ids/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.source_event_ids.anyOf[0].items.type,parentSchema:schema60.properties.source_event_ids.anyOf[0].items,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/source_event_ids",schemaPath:"#/properties/source_event_ids/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.source_event_ids.anyOf[0].type,parentSchema:schema60.properties.source_event_ids.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid5 = _errs34 === errors;
valid6 = valid6 || _valid5;
const _errs38 = errors;
if(data5 !== null){
const err18 = {instancePath:instancePath+"/source_event_ids",schemaPath:"#/properties/source_event_ids/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema60.properties.source_event_ids.anyOf[1].type,parentSchema:schema60.properties.source_event_ids.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid5 = _errs38 === errors;
valid6 = valid6 || _valid5;
if(!valid6){
const err19 = {instancePath:instancePath+"/source_event_ids",schemaPath:"#/properties/source_event_ids/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema60.properties.source_event_ids.anyOf,parentSchema:schema60.properties.source_event_ids,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"actor_id":true,"actor_kind":true,"git_ref":true,"git_sha":true,"revised_at":true,"source_event_ids":true},"dynamicProps":false,"dynamicItems":false};

export const sync_dead_lettered_payload = validate36;
const schema61 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/sync_dead_lettered_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for SyncDeadLettered events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"dead_letter_ref":{"minLength":1,"title":"Dead Letter Ref","type":"string"},"delivery_id":{"minLength":1,"title":"Delivery Id","type":"string"},"failure_reason":{"minLength":1,"title":"Failure Reason","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"source_event_fingerprint":{"minLength":1,"title":"Source Event Fingerprint","type":"string"},"total_attempts":{"minimum":1,"title":"Total Attempts","type":"integer"}},"required":["delivery_id","source_event_fingerprint","connector_id","mission_id","recorded_at","failure_reason","total_attempts","dead_letter_ref"],"title":"SyncDeadLetteredPayload","type":"object"};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/sync_dead_lettered_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.delivery_id === undefined) || (!(func0.call(data, "delivery_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delivery_id"},message:"must have required property '"+"delivery_id"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.source_event_fingerprint === undefined) || (!(func0.call(data, "source_event_fingerprint")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_event_fingerprint"},message:"must have required property '"+"source_event_fingerprint"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.failure_reason === undefined) || (!(func0.call(data, "failure_reason")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "failure_reason"},message:"must have required property '"+"failure_reason"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.total_attempts === undefined) || (!(func0.call(data, "total_attempts")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total_attempts"},message:"must have required property '"+"total_attempts"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.dead_letter_ref === undefined) || (!(func0.call(data, "dead_letter_ref")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dead_letter_ref"},message:"must have required property '"+"dead_letter_ref"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data0 = data.connector_id;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err8 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.connector_id.type,parentSchema:schema61.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.dead_letter_ref !== undefined && func0.call(data, "dead_letter_ref")){
let data1 = data.dead_letter_ref;
if(typeof data1 === "string"){
if(func69(data1) < 1){
const err10 = {instancePath:instancePath+"/dead_letter_ref",schemaPath:"#/properties/dead_letter_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.dead_letter_ref,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/dead_letter_ref",schemaPath:"#/properties/dead_letter_ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.dead_letter_ref.type,parentSchema:schema61.properties.dead_letter_ref,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.delivery_id !== undefined && func0.call(data, "delivery_id")){
let data2 = data.delivery_id;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err12 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.delivery_id,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.delivery_id.type,parentSchema:schema61.properties.delivery_id,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.failure_reason !== undefined && func0.call(data, "failure_reason")){
let data3 = data.failure_reason;
if(typeof data3 === "string"){
if(func69(data3) < 1){
const err14 = {instancePath:instancePath+"/failure_reason",schemaPath:"#/properties/failure_reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.failure_reason,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/failure_reason",schemaPath:"#/properties/failure_reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.failure_reason.type,parentSchema:schema61.properties.failure_reason,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data4 = data.mission_id;
if(typeof data4 === "string"){
if(func69(data4) < 1){
const err16 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.mission_id,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.mission_id.type,parentSchema:schema61.properties.mission_id,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data5 = data.recorded_at;
if(!(typeof data5 === "string")){
const err18 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.recorded_at.type,parentSchema:schema61.properties.recorded_at,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.source_event_fingerprint !== undefined && func0.call(data, "source_event_fingerprint")){
let data6 = data.source_event_fingerprint;
if(typeof data6 === "string"){
if(func69(data6) < 1){
const err19 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.source_event_fingerprint,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.source_event_fingerprint.type,parentSchema:schema61.properties.source_event_fingerprint,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.total_attempts !== undefined && func0.call(data, "total_attempts")){
let data7 = data.total_attempts;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err21 = {instancePath:instancePath+"/total_attempts",schemaPath:"#/properties/total_attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema61.properties.total_attempts.type,parentSchema:schema61.properties.total_attempts,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 < 1 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/total_attempts",schemaPath:"#/properties/total_attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema61.properties.total_attempts,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":{"connector_id":true,"dead_letter_ref":true,"delivery_id":true,"failure_reason":true,"mission_id":true,"recorded_at":true,"source_event_fingerprint":true,"total_attempts":true},"dynamicProps":false,"dynamicItems":false};

export const sync_ingest_accepted_payload = validate37;
const schema62 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/sync_ingest_accepted_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for SyncIngestAccepted events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"delivery_id":{"minLength":1,"title":"Delivery Id","type":"string"},"ingest_batch_id":{"minLength":1,"title":"Ingest Batch Id","type":"string"},"ingested_count":{"exclusiveMinimum":0,"title":"Ingested Count","type":"integer"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"source_event_fingerprint":{"minLength":1,"title":"Source Event Fingerprint","type":"string"}},"required":["delivery_id","source_event_fingerprint","connector_id","mission_id","recorded_at","ingest_batch_id","ingested_count"],"title":"SyncIngestAcceptedPayload","type":"object"};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/sync_ingest_accepted_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.delivery_id === undefined) || (!(func0.call(data, "delivery_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delivery_id"},message:"must have required property '"+"delivery_id"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.source_event_fingerprint === undefined) || (!(func0.call(data, "source_event_fingerprint")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_event_fingerprint"},message:"must have required property '"+"source_event_fingerprint"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.ingest_batch_id === undefined) || (!(func0.call(data, "ingest_batch_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ingest_batch_id"},message:"must have required property '"+"ingest_batch_id"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.ingested_count === undefined) || (!(func0.call(data, "ingested_count")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ingested_count"},message:"must have required property '"+"ingested_count"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data0 = data.connector_id;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err7 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.connector_id.type,parentSchema:schema62.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.delivery_id !== undefined && func0.call(data, "delivery_id")){
let data1 = data.delivery_id;
if(typeof data1 === "string"){
if(func69(data1) < 1){
const err9 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.delivery_id,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.delivery_id.type,parentSchema:schema62.properties.delivery_id,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ingest_batch_id !== undefined && func0.call(data, "ingest_batch_id")){
let data2 = data.ingest_batch_id;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err11 = {instancePath:instancePath+"/ingest_batch_id",schemaPath:"#/properties/ingest_batch_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.ingest_batch_id,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/ingest_batch_id",schemaPath:"#/properties/ingest_batch_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.ingest_batch_id.type,parentSchema:schema62.properties.ingest_batch_id,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.ingested_count !== undefined && func0.call(data, "ingested_count")){
let data3 = data.ingested_count;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err13 = {instancePath:instancePath+"/ingested_count",schemaPath:"#/properties/ingested_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.ingested_count.type,parentSchema:schema62.properties.ingested_count,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 <= 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/ingested_count",schemaPath:"#/properties/ingested_count/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema62.properties.ingested_count,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data4 = data.mission_id;
if(typeof data4 === "string"){
if(func69(data4) < 1){
const err15 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.mission_id,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.mission_id.type,parentSchema:schema62.properties.mission_id,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data5 = data.recorded_at;
if(!(typeof data5 === "string")){
const err17 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.recorded_at.type,parentSchema:schema62.properties.recorded_at,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.source_event_fingerprint !== undefined && func0.call(data, "source_event_fingerprint")){
let data6 = data.source_event_fingerprint;
if(typeof data6 === "string"){
if(func69(data6) < 1){
const err18 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.source_event_fingerprint,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.source_event_fingerprint.type,parentSchema:schema62.properties.source_event_fingerprint,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"connector_id":true,"delivery_id":true,"ingest_batch_id":true,"ingested_count":true,"mission_id":true,"recorded_at":true,"source_event_fingerprint":true},"dynamicProps":false,"dynamicItems":false};

export const sync_ingest_rejected_payload = validate38;
const schema63 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/sync_ingest_rejected_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for SyncIngestRejected events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"delivery_id":{"minLength":1,"title":"Delivery Id","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"rejected_payload_ref":{"minLength":1,"title":"Rejected Payload Ref","type":"string"},"rejection_reason":{"minLength":1,"title":"Rejection Reason","type":"string"},"source_event_fingerprint":{"minLength":1,"title":"Source Event Fingerprint","type":"string"}},"required":["delivery_id","source_event_fingerprint","connector_id","mission_id","recorded_at","rejection_reason","rejected_payload_ref"],"title":"SyncIngestRejectedPayload","type":"object"};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/sync_ingest_rejected_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.delivery_id === undefined) || (!(func0.call(data, "delivery_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delivery_id"},message:"must have required property '"+"delivery_id"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.source_event_fingerprint === undefined) || (!(func0.call(data, "source_event_fingerprint")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_event_fingerprint"},message:"must have required property '"+"source_event_fingerprint"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.rejection_reason === undefined) || (!(func0.call(data, "rejection_reason")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rejection_reason"},message:"must have required property '"+"rejection_reason"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.rejected_payload_ref === undefined) || (!(func0.call(data, "rejected_payload_ref")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rejected_payload_ref"},message:"must have required property '"+"rejected_payload_ref"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data0 = data.connector_id;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err7 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.connector_id.type,parentSchema:schema63.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.delivery_id !== undefined && func0.call(data, "delivery_id")){
let data1 = data.delivery_id;
if(typeof data1 === "string"){
if(func69(data1) < 1){
const err9 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.delivery_id,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.delivery_id.type,parentSchema:schema63.properties.delivery_id,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data2 = data.mission_id;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err11 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.mission_id,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.mission_id.type,parentSchema:schema63.properties.mission_id,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data3 = data.recorded_at;
if(!(typeof data3 === "string")){
const err13 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.recorded_at.type,parentSchema:schema63.properties.recorded_at,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.rejected_payload_ref !== undefined && func0.call(data, "rejected_payload_ref")){
let data4 = data.rejected_payload_ref;
if(typeof data4 === "string"){
if(func69(data4) < 1){
const err14 = {instancePath:instancePath+"/rejected_payload_ref",schemaPath:"#/properties/rejected_payload_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.rejected_payload_ref,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/rejected_payload_ref",schemaPath:"#/properties/rejected_payload_ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.rejected_payload_ref.type,parentSchema:schema63.properties.rejected_payload_ref,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.rejection_reason !== undefined && func0.call(data, "rejection_reason")){
let data5 = data.rejection_reason;
if(typeof data5 === "string"){
if(func69(data5) < 1){
const err16 = {instancePath:instancePath+"/rejection_reason",schemaPath:"#/properties/rejection_reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.rejection_reason,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/rejection_reason",schemaPath:"#/properties/rejection_reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.rejection_reason.type,parentSchema:schema63.properties.rejection_reason,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.source_event_fingerprint !== undefined && func0.call(data, "source_event_fingerprint")){
let data6 = data.source_event_fingerprint;
if(typeof data6 === "string"){
if(func69(data6) < 1){
const err18 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.source_event_fingerprint,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.source_event_fingerprint.type,parentSchema:schema63.properties.source_event_fingerprint,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":{"connector_id":true,"delivery_id":true,"mission_id":true,"recorded_at":true,"rejected_payload_ref":true,"rejection_reason":true,"source_event_fingerprint":true},"dynamicProps":false,"dynamicItems":false};

export const sync_lane_v1 = validate39;
const schema64 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/sync_lane_v1","$schema":"https://json-schema.org/draft/2020-12/schema","description":"V1 compatibility sync lanes for downstream consumers.","enum":["planned","doing","for_review","done"],"title":"SyncLaneV1","type":"string"};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/sync_lane_v1" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "planned") || (data === "doing")) || (data === "for_review")) || (data === "done"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values",schema:schema64.enum,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const sync_replay_completed_payload = validate40;
const schema65 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/sync_replay_completed_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for SyncReplayCompleted events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"delivery_id":{"minLength":1,"title":"Delivery Id","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"replay_id":{"minLength":1,"title":"Replay Id","type":"string"},"replay_source":{"minLength":1,"title":"Replay Source","type":"string"},"replayed_count":{"minimum":0,"title":"Replayed Count","type":"integer"},"source_event_fingerprint":{"minLength":1,"title":"Source Event Fingerprint","type":"string"}},"required":["delivery_id","source_event_fingerprint","connector_id","mission_id","recorded_at","replay_id","replayed_count","replay_source"],"title":"SyncReplayCompletedPayload","type":"object"};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/sync_replay_completed_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.delivery_id === undefined) || (!(func0.call(data, "delivery_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delivery_id"},message:"must have required property '"+"delivery_id"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.source_event_fingerprint === undefined) || (!(func0.call(data, "source_event_fingerprint")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_event_fingerprint"},message:"must have required property '"+"source_event_fingerprint"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.replay_id === undefined) || (!(func0.call(data, "replay_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replay_id"},message:"must have required property '"+"replay_id"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.replayed_count === undefined) || (!(func0.call(data, "replayed_count")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replayed_count"},message:"must have required property '"+"replayed_count"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.replay_source === undefined) || (!(func0.call(data, "replay_source")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replay_source"},message:"must have required property '"+"replay_source"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data0 = data.connector_id;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err8 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.connector_id.type,parentSchema:schema65.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.delivery_id !== undefined && func0.call(data, "delivery_id")){
let data1 = data.delivery_id;
if(typeof data1 === "string"){
if(func69(data1) < 1){
const err10 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.delivery_id,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.delivery_id.type,parentSchema:schema65.properties.delivery_id,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data2 = data.mission_id;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err12 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.mission_id,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.mission_id.type,parentSchema:schema65.properties.mission_id,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data3 = data.recorded_at;
if(!(typeof data3 === "string")){
const err14 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.recorded_at.type,parentSchema:schema65.properties.recorded_at,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.replay_id !== undefined && func0.call(data, "replay_id")){
let data4 = data.replay_id;
if(typeof data4 === "string"){
if(func69(data4) < 1){
const err15 = {instancePath:instancePath+"/replay_id",schemaPath:"#/properties/replay_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.replay_id,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/replay_id",schemaPath:"#/properties/replay_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.replay_id.type,parentSchema:schema65.properties.replay_id,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.replay_source !== undefined && func0.call(data, "replay_source")){
let data5 = data.replay_source;
if(typeof data5 === "string"){
if(func69(data5) < 1){
const err17 = {instancePath:instancePath+"/replay_source",schemaPath:"#/properties/replay_source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.replay_source,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/replay_source",schemaPath:"#/properties/replay_source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.replay_source.type,parentSchema:schema65.properties.replay_source,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.replayed_count !== undefined && func0.call(data, "replayed_count")){
let data6 = data.replayed_count;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err19 = {instancePath:instancePath+"/replayed_count",schemaPath:"#/properties/replayed_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.replayed_count.type,parentSchema:schema65.properties.replayed_count,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/replayed_count",schemaPath:"#/properties/replayed_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema65.properties.replayed_count,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.source_event_fingerprint !== undefined && func0.call(data, "source_event_fingerprint")){
let data7 = data.source_event_fingerprint;
if(typeof data7 === "string"){
if(func69(data7) < 1){
const err21 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.source_event_fingerprint,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.source_event_fingerprint.type,parentSchema:schema65.properties.source_event_fingerprint,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":{"connector_id":true,"delivery_id":true,"mission_id":true,"recorded_at":true,"replay_id":true,"replay_source":true,"replayed_count":true,"source_event_fingerprint":true},"dynamicProps":false,"dynamicItems":false};

export const sync_retry_scheduled_payload = validate41;
const schema66 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/sync_retry_scheduled_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for SyncRetryScheduled events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"delivery_id":{"minLength":1,"title":"Delivery Id","type":"string"},"max_retries":{"minimum":1,"title":"Max Retries","type":"integer"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"next_retry_at":{"format":"date-time","title":"Next Retry At","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"retry_attempt":{"minimum":1,"title":"Retry Attempt","type":"integer"},"source_event_fingerprint":{"minLength":1,"title":"Source Event Fingerprint","type":"string"}},"required":["delivery_id","source_event_fingerprint","connector_id","mission_id","recorded_at","retry_attempt","max_retries","next_retry_at"],"title":"SyncRetryScheduledPayload","type":"object"};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/sync_retry_scheduled_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.delivery_id === undefined) || (!(func0.call(data, "delivery_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delivery_id"},message:"must have required property '"+"delivery_id"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.source_event_fingerprint === undefined) || (!(func0.call(data, "source_event_fingerprint")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_event_fingerprint"},message:"must have required property '"+"source_event_fingerprint"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.retry_attempt === undefined) || (!(func0.call(data, "retry_attempt")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retry_attempt"},message:"must have required property '"+"retry_attempt"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.max_retries === undefined) || (!(func0.call(data, "max_retries")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "max_retries"},message:"must have required property '"+"max_retries"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.next_retry_at === undefined) || (!(func0.call(data, "next_retry_at")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_retry_at"},message:"must have required property '"+"next_retry_at"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data0 = data.connector_id;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err8 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.connector_id.type,parentSchema:schema66.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.delivery_id !== undefined && func0.call(data, "delivery_id")){
let data1 = data.delivery_id;
if(typeof data1 === "string"){
if(func69(data1) < 1){
const err10 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.delivery_id,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.delivery_id.type,parentSchema:schema66.properties.delivery_id,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.max_retries !== undefined && func0.call(data, "max_retries")){
let data2 = data.max_retries;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err12 = {instancePath:instancePath+"/max_retries",schemaPath:"#/properties/max_retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema66.properties.max_retries.type,parentSchema:schema66.properties.max_retries,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 < 1 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/max_retries",schemaPath:"#/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema66.properties.max_retries,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data3 = data.mission_id;
if(typeof data3 === "string"){
if(func69(data3) < 1){
const err14 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.mission_id,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.mission_id.type,parentSchema:schema66.properties.mission_id,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.next_retry_at !== undefined && func0.call(data, "next_retry_at")){
let data4 = data.next_retry_at;
if(!(typeof data4 === "string")){
const err16 = {instancePath:instancePath+"/next_retry_at",schemaPath:"#/properties/next_retry_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.next_retry_at.type,parentSchema:schema66.properties.next_retry_at,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data5 = data.recorded_at;
if(!(typeof data5 === "string")){
const err17 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.recorded_at.type,parentSchema:schema66.properties.recorded_at,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.retry_attempt !== undefined && func0.call(data, "retry_attempt")){
let data6 = data.retry_attempt;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err18 = {instancePath:instancePath+"/retry_attempt",schemaPath:"#/properties/retry_attempt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema66.properties.retry_attempt.type,parentSchema:schema66.properties.retry_attempt,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 1 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/retry_attempt",schemaPath:"#/properties/retry_attempt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema66.properties.retry_attempt,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.source_event_fingerprint !== undefined && func0.call(data, "source_event_fingerprint")){
let data7 = data.source_event_fingerprint;
if(typeof data7 === "string"){
if(func69(data7) < 1){
const err20 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.source_event_fingerprint,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.source_event_fingerprint.type,parentSchema:schema66.properties.source_event_fingerprint,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":{"connector_id":true,"delivery_id":true,"max_retries":true,"mission_id":true,"next_retry_at":true,"recorded_at":true,"retry_attempt":true,"source_event_fingerprint":true},"dynamicProps":false,"dynamicItems":false};
