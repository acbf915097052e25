// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";
import { pythonPatternEngine } from "../../python-pattern.js";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"ConnectorState":{"enum":["provisioned","healthy","degraded","revoked","reconnected"],"title":"ConnectorState","type":"string"},"ReconnectStrategy":{"enum":["automatic","manual","backoff"],"title":"ReconnectStrategy","type":"string"}},"$id":"spec-kitty-events/connector_reconnected_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for ConnectorReconnected events.","properties":{"actor_id":{"minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"pattern":"^(human|service|system)$","title":"Actor Type","type":"string"},"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"connector_type":{"minLength":1,"title":"Connector Type","type":"string"},"endpoint_url":{"format":"uri","minLength":1,"title":"Endpoint Url","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"previous_state":{"$ref":"#/$defs/ConnectorState"},"project_uuid":{"format":"uuid","title":"Project Uuid","type":"string"},"provider":{"minLength":1,"title":"Provider","type":"string"},"reconnect_strategy":{"$ref":"#/$defs/ReconnectStrategy"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"}},"required":["connector_id","connector_type","provider","mission_id","project_uuid","actor_id","actor_type","endpoint_url","recorded_at","previous_state","reconnect_strategy"],"title":"ConnectorReconnectedPayload","type":"object"};
const schema32 = {"enum":["provisioned","healthy","degraded","revoked","reconnected"],"title":"ConnectorState","type":"string"};
const schema33 = {"enum":["automatic","manual","backoff"],"title":"ReconnectStrategy","type":"string"};
const func0 = Object.prototype.hasOwnProperty;
const func76 = require("ajv/dist/runtime/ucs2length").default;
const func1 = pythonPatternEngine;
const pattern4 = func1("^(human|service|system)$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/connector_reconnected_payload" */;
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
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.connector_type === undefined) || (!(func0.call(data, "connector_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_type"},message:"must have required property '"+"connector_type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.provider === undefined) || (!(func0.call(data, "provider")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.project_uuid === undefined) || (!(func0.call(data, "project_uuid")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.actor_id === undefined) || (!(func0.call(data, "actor_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_id"},message:"must have required property '"+"actor_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.actor_type === undefined) || (!(func0.call(data, "actor_type")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_type"},message:"must have required property '"+"actor_type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.endpoint_url === undefined) || (!(func0.call(data, "endpoint_url")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint_url"},message:"must have required property '"+"endpoint_url"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data.previous_state === undefined) || (!(func0.call(data, "previous_state")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previous_state"},message:"must have required property '"+"previous_state"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data.reconnect_strategy === undefined) || (!(func0.call(data, "reconnect_strategy")))){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reconnect_strategy"},message:"must have required property '"+"reconnect_strategy"+"'",schema:schema31.required,parentSchema:schema31,data};
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
if(func76(data0) < 1){
const err11 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.actor_id,data:data0};
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
const err12 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor_id.type,parentSchema:schema31.properties.actor_id,data:data0};
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
const err13 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/pattern",keyword:"pattern",params:{pattern: "^(human|service|system)$"},message:"must match pattern \""+"^(human|service|system)$"+"\"",schema:"^(human|service|system)$",parentSchema:schema31.properties.actor_type,data:data1};
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
const err14 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor_type.type,parentSchema:schema31.properties.actor_type,data:data1};
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
if(func76(data2) < 1){
const err15 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.connector_id,data:data2};
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
const err16 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.connector_id.type,parentSchema:schema31.properties.connector_id,data:data2};
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
if(func76(data3) < 1){
const err17 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.connector_type,data:data3};
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
const err18 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.connector_type.type,parentSchema:schema31.properties.connector_type,data:data3};
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
if(func76(data4) < 1){
const err19 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.endpoint_url,data:data4};
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
const err20 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.endpoint_url.type,parentSchema:schema31.properties.endpoint_url,data:data4};
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
if(func76(data5) < 1){
const err21 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data5};
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
const err22 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data5};
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
const err23 = {instancePath:instancePath+"/previous_state",schemaPath:"#/$defs/ConnectorState/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!(((((data6 === "provisioned") || (data6 === "healthy")) || (data6 === "degraded")) || (data6 === "revoked")) || (data6 === "reconnected"))){
const err24 = {instancePath:instancePath+"/previous_state",schemaPath:"#/$defs/ConnectorState/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data6};
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
const err25 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.project_uuid.type,parentSchema:schema31.properties.project_uuid,data:data7};
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
if(func76(data8) < 1){
const err26 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.provider,data:data8};
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
const err27 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.provider.type,parentSchema:schema31.properties.provider,data:data8};
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
const err28 = {instancePath:instancePath+"/reconnect_strategy",schemaPath:"#/$defs/ReconnectStrategy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data9 === "automatic") || (data9 === "manual")) || (data9 === "backoff"))){
const err29 = {instancePath:instancePath+"/reconnect_strategy",schemaPath:"#/$defs/ReconnectStrategy/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data9};
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
const err30 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.recorded_at.type,parentSchema:schema31.properties.recorded_at,data:data10};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor_id":true,"actor_type":true,"connector_id":true,"connector_type":true,"endpoint_url":true,"mission_id":true,"previous_state":true,"project_uuid":true,"provider":true,"reconnect_strategy":true,"recorded_at":true},"dynamicProps":false,"dynamicItems":false};
