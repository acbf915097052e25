// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// The schema layer's ajv validators, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";
import { pythonPatternEngine } from "../python-pattern.js";

const require = createRequire(import.meta.url);

export const connector_degraded_payload = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/connector_degraded_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for ConnectorDegraded events.","properties":{"actor_id":{"minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"pattern":"^(human|service|system)$","title":"Actor Type","type":"string"},"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"connector_type":{"minLength":1,"title":"Connector Type","type":"string"},"degradation_reason":{"minLength":1,"title":"Degradation Reason","type":"string"},"endpoint_url":{"format":"uri","minLength":1,"title":"Endpoint Url","type":"string"},"last_healthy_at":{"format":"date-time","title":"Last Healthy At","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"project_uuid":{"format":"uuid","title":"Project Uuid","type":"string"},"provider":{"minLength":1,"title":"Provider","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"}},"required":["connector_id","connector_type","provider","mission_id","project_uuid","actor_id","actor_type","endpoint_url","recorded_at","degradation_reason","last_healthy_at"],"title":"ConnectorDegradedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func76 = require("ajv/dist/runtime/ucs2length").default;
const func1 = pythonPatternEngine;
const pattern4 = func1("^(human|service|system)$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/connector_degraded_payload" */;
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
if((data.degradation_reason === undefined) || (!(func0.call(data, "degradation_reason")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "degradation_reason"},message:"must have required property '"+"degradation_reason"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data.last_healthy_at === undefined) || (!(func0.call(data, "last_healthy_at")))){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last_healthy_at"},message:"must have required property '"+"last_healthy_at"+"'",schema:schema31.required,parentSchema:schema31,data};
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
if(data.degradation_reason !== undefined && func0.call(data, "degradation_reason")){
let data4 = data.degradation_reason;
if(typeof data4 === "string"){
if(func76(data4) < 1){
const err19 = {instancePath:instancePath+"/degradation_reason",schemaPath:"#/properties/degradation_reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.degradation_reason,data:data4};
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
const err20 = {instancePath:instancePath+"/degradation_reason",schemaPath:"#/properties/degradation_reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.degradation_reason.type,parentSchema:schema31.properties.degradation_reason,data:data4};
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
if(func76(data5) < 1){
const err21 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.endpoint_url,data:data5};
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
const err22 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.endpoint_url.type,parentSchema:schema31.properties.endpoint_url,data:data5};
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
const err23 = {instancePath:instancePath+"/last_healthy_at",schemaPath:"#/properties/last_healthy_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.last_healthy_at.type,parentSchema:schema31.properties.last_healthy_at,data:data6};
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
if(func76(data7) < 1){
const err24 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data7};
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
const err25 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data7};
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
const err26 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.project_uuid.type,parentSchema:schema31.properties.project_uuid,data:data8};
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
if(func76(data9) < 1){
const err27 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.provider,data:data9};
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
const err28 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.provider.type,parentSchema:schema31.properties.provider,data:data9};
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
const err29 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.recorded_at.type,parentSchema:schema31.properties.recorded_at,data:data10};
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
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor_id":true,"actor_type":true,"connector_id":true,"connector_type":true,"degradation_reason":true,"endpoint_url":true,"last_healthy_at":true,"mission_id":true,"project_uuid":true,"provider":true,"recorded_at":true},"dynamicProps":false,"dynamicItems":false};

export const connector_health_checked_payload = validate21;
const schema32 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"HealthStatus":{"enum":["healthy","degraded","unreachable"],"title":"HealthStatus","type":"string"}},"$id":"spec-kitty-events/connector_health_checked_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for ConnectorHealthChecked events.","properties":{"actor_id":{"minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"pattern":"^(human|service|system)$","title":"Actor Type","type":"string"},"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"connector_type":{"minLength":1,"title":"Connector Type","type":"string"},"endpoint_url":{"format":"uri","minLength":1,"title":"Endpoint Url","type":"string"},"health_status":{"$ref":"#/$defs/HealthStatus"},"latency_ms":{"minimum":0,"title":"Latency Ms","type":"number"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"project_uuid":{"format":"uuid","title":"Project Uuid","type":"string"},"provider":{"minLength":1,"title":"Provider","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"}},"required":["connector_id","connector_type","provider","mission_id","project_uuid","actor_id","actor_type","endpoint_url","recorded_at","health_status","latency_ms"],"title":"ConnectorHealthCheckedPayload","type":"object"};
const schema33 = {"enum":["healthy","degraded","unreachable"],"title":"HealthStatus","type":"string"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/connector_health_checked_payload" */;
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
if((data.health_status === undefined) || (!(func0.call(data, "health_status")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "health_status"},message:"must have required property '"+"health_status"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data.latency_ms === undefined) || (!(func0.call(data, "latency_ms")))){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "latency_ms"},message:"must have required property '"+"latency_ms"+"'",schema:schema32.required,parentSchema:schema32,data};
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
if(func76(data2) < 1){
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
if(func76(data3) < 1){
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
if(data.endpoint_url !== undefined && func0.call(data, "endpoint_url")){
let data4 = data.endpoint_url;
if(typeof data4 === "string"){
if(func76(data4) < 1){
const err19 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.endpoint_url,data:data4};
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
const err20 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.endpoint_url.type,parentSchema:schema32.properties.endpoint_url,data:data4};
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
const err21 = {instancePath:instancePath+"/health_status",schemaPath:"#/$defs/HealthStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(((data5 === "healthy") || (data5 === "degraded")) || (data5 === "unreachable"))){
const err22 = {instancePath:instancePath+"/health_status",schemaPath:"#/$defs/HealthStatus/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data5};
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
const err23 = {instancePath:instancePath+"/latency_ms",schemaPath:"#/properties/latency_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema32.properties.latency_ms,data:data6};
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
const err24 = {instancePath:instancePath+"/latency_ms",schemaPath:"#/properties/latency_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.latency_ms.type,parentSchema:schema32.properties.latency_ms,data:data6};
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
if(func76(data7) < 1){
const err25 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.mission_id,data:data7};
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
const err26 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.mission_id.type,parentSchema:schema32.properties.mission_id,data:data7};
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
const err27 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.project_uuid.type,parentSchema:schema32.properties.project_uuid,data:data8};
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
if(func76(data9) < 1){
const err28 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.provider,data:data9};
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
const err29 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.provider.type,parentSchema:schema32.properties.provider,data:data9};
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
const err30 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.recorded_at.type,parentSchema:schema32.properties.recorded_at,data:data10};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"actor_id":true,"actor_type":true,"connector_id":true,"connector_type":true,"endpoint_url":true,"health_status":true,"latency_ms":true,"mission_id":true,"project_uuid":true,"provider":true,"recorded_at":true},"dynamicProps":false,"dynamicItems":false};

export const connector_provisioned_payload = validate22;
const schema34 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/connector_provisioned_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for ConnectorProvisioned events.","properties":{"actor_id":{"minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"pattern":"^(human|service|system)$","title":"Actor Type","type":"string"},"config_hash":{"minLength":1,"title":"Config Hash","type":"string"},"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"connector_type":{"minLength":1,"title":"Connector Type","type":"string"},"credentials_ref":{"minLength":1,"title":"Credentials Ref","type":"string"},"endpoint_url":{"format":"uri","minLength":1,"title":"Endpoint Url","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"project_uuid":{"format":"uuid","title":"Project Uuid","type":"string"},"provider":{"minLength":1,"title":"Provider","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"}},"required":["connector_id","connector_type","provider","mission_id","project_uuid","actor_id","actor_type","endpoint_url","recorded_at","credentials_ref","config_hash"],"title":"ConnectorProvisionedPayload","type":"object"};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/connector_provisioned_payload" */;
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.connector_type === undefined) || (!(func0.call(data, "connector_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_type"},message:"must have required property '"+"connector_type"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.provider === undefined) || (!(func0.call(data, "provider")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.project_uuid === undefined) || (!(func0.call(data, "project_uuid")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.actor_id === undefined) || (!(func0.call(data, "actor_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_id"},message:"must have required property '"+"actor_id"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.actor_type === undefined) || (!(func0.call(data, "actor_type")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_type"},message:"must have required property '"+"actor_type"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.endpoint_url === undefined) || (!(func0.call(data, "endpoint_url")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint_url"},message:"must have required property '"+"endpoint_url"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data.credentials_ref === undefined) || (!(func0.call(data, "credentials_ref")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credentials_ref"},message:"must have required property '"+"credentials_ref"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data.config_hash === undefined) || (!(func0.call(data, "config_hash")))){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config_hash"},message:"must have required property '"+"config_hash"+"'",schema:schema34.required,parentSchema:schema34,data};
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
const err11 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.actor_id,data:data0};
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
const err12 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.actor_id.type,parentSchema:schema34.properties.actor_id,data:data0};
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
const err13 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/pattern",keyword:"pattern",params:{pattern: "^(human|service|system)$"},message:"must match pattern \""+"^(human|service|system)$"+"\"",schema:"^(human|service|system)$",parentSchema:schema34.properties.actor_type,data:data1};
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
const err14 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.actor_type.type,parentSchema:schema34.properties.actor_type,data:data1};
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
if(func76(data2) < 1){
const err15 = {instancePath:instancePath+"/config_hash",schemaPath:"#/properties/config_hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.config_hash,data:data2};
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
const err16 = {instancePath:instancePath+"/config_hash",schemaPath:"#/properties/config_hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.config_hash.type,parentSchema:schema34.properties.config_hash,data:data2};
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
if(func76(data3) < 1){
const err17 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.connector_id,data:data3};
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
const err18 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.connector_id.type,parentSchema:schema34.properties.connector_id,data:data3};
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
if(func76(data4) < 1){
const err19 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.connector_type,data:data4};
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
const err20 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.connector_type.type,parentSchema:schema34.properties.connector_type,data:data4};
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
if(func76(data5) < 1){
const err21 = {instancePath:instancePath+"/credentials_ref",schemaPath:"#/properties/credentials_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.credentials_ref,data:data5};
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
const err22 = {instancePath:instancePath+"/credentials_ref",schemaPath:"#/properties/credentials_ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.credentials_ref.type,parentSchema:schema34.properties.credentials_ref,data:data5};
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
if(func76(data6) < 1){
const err23 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.endpoint_url,data:data6};
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
const err24 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.endpoint_url.type,parentSchema:schema34.properties.endpoint_url,data:data6};
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
if(func76(data7) < 1){
const err25 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.mission_id,data:data7};
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
const err26 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.mission_id.type,parentSchema:schema34.properties.mission_id,data:data7};
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
const err27 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.project_uuid.type,parentSchema:schema34.properties.project_uuid,data:data8};
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
if(func76(data9) < 1){
const err28 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.provider,data:data9};
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
const err29 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.provider.type,parentSchema:schema34.properties.provider,data:data9};
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
const err30 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.recorded_at.type,parentSchema:schema34.properties.recorded_at,data:data10};
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
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
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
validate22.evaluated = {"props":{"actor_id":true,"actor_type":true,"config_hash":true,"connector_id":true,"connector_type":true,"credentials_ref":true,"endpoint_url":true,"mission_id":true,"project_uuid":true,"provider":true,"recorded_at":true},"dynamicProps":false,"dynamicItems":false};

export const connector_reconnected_payload = validate23;
const schema35 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"ConnectorState":{"enum":["provisioned","healthy","degraded","revoked","reconnected"],"title":"ConnectorState","type":"string"},"ReconnectStrategy":{"enum":["automatic","manual","backoff"],"title":"ReconnectStrategy","type":"string"}},"$id":"spec-kitty-events/connector_reconnected_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for ConnectorReconnected events.","properties":{"actor_id":{"minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"pattern":"^(human|service|system)$","title":"Actor Type","type":"string"},"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"connector_type":{"minLength":1,"title":"Connector Type","type":"string"},"endpoint_url":{"format":"uri","minLength":1,"title":"Endpoint Url","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"previous_state":{"$ref":"#/$defs/ConnectorState"},"project_uuid":{"format":"uuid","title":"Project Uuid","type":"string"},"provider":{"minLength":1,"title":"Provider","type":"string"},"reconnect_strategy":{"$ref":"#/$defs/ReconnectStrategy"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"}},"required":["connector_id","connector_type","provider","mission_id","project_uuid","actor_id","actor_type","endpoint_url","recorded_at","previous_state","reconnect_strategy"],"title":"ConnectorReconnectedPayload","type":"object"};
const schema36 = {"enum":["provisioned","healthy","degraded","revoked","reconnected"],"title":"ConnectorState","type":"string"};
const schema37 = {"enum":["automatic","manual","backoff"],"title":"ReconnectStrategy","type":"string"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/connector_reconnected_payload" */;
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
if((data.previous_state === undefined) || (!(func0.call(data, "previous_state")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previous_state"},message:"must have required property '"+"previous_state"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data.reconnect_strategy === undefined) || (!(func0.call(data, "reconnect_strategy")))){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reconnect_strategy"},message:"must have required property '"+"reconnect_strategy"+"'",schema:schema35.required,parentSchema:schema35,data};
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
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data2 = data.connector_id;
if(typeof data2 === "string"){
if(func76(data2) < 1){
const err15 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.connector_id,data:data2};
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
const err16 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.connector_id.type,parentSchema:schema35.properties.connector_id,data:data2};
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
const err17 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.connector_type,data:data3};
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
const err18 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.connector_type.type,parentSchema:schema35.properties.connector_type,data:data3};
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
const err19 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.endpoint_url,data:data4};
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
const err20 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.endpoint_url.type,parentSchema:schema35.properties.endpoint_url,data:data4};
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
const err21 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.mission_id,data:data5};
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
const err22 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.mission_id.type,parentSchema:schema35.properties.mission_id,data:data5};
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
const err23 = {instancePath:instancePath+"/previous_state",schemaPath:"#/$defs/ConnectorState/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!(((((data6 === "provisioned") || (data6 === "healthy")) || (data6 === "degraded")) || (data6 === "revoked")) || (data6 === "reconnected"))){
const err24 = {instancePath:instancePath+"/previous_state",schemaPath:"#/$defs/ConnectorState/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data6};
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
const err25 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.project_uuid.type,parentSchema:schema35.properties.project_uuid,data:data7};
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
const err26 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.provider,data:data8};
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
const err27 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.provider.type,parentSchema:schema35.properties.provider,data:data8};
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
const err28 = {instancePath:instancePath+"/reconnect_strategy",schemaPath:"#/$defs/ReconnectStrategy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data9 === "automatic") || (data9 === "manual")) || (data9 === "backoff"))){
const err29 = {instancePath:instancePath+"/reconnect_strategy",schemaPath:"#/$defs/ReconnectStrategy/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data9};
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
validate23.evaluated = {"props":{"actor_id":true,"actor_type":true,"connector_id":true,"connector_type":true,"endpoint_url":true,"mission_id":true,"previous_state":true,"project_uuid":true,"provider":true,"reconnect_strategy":true,"recorded_at":true},"dynamicProps":false,"dynamicItems":false};

export const connector_revoked_payload = validate24;
const schema38 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/connector_revoked_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for ConnectorRevoked events.","properties":{"actor_id":{"minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"pattern":"^(human|service|system)$","title":"Actor Type","type":"string"},"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"connector_type":{"minLength":1,"title":"Connector Type","type":"string"},"endpoint_url":{"format":"uri","minLength":1,"title":"Endpoint Url","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"project_uuid":{"format":"uuid","title":"Project Uuid","type":"string"},"provider":{"minLength":1,"title":"Provider","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"revocation_reason":{"minLength":1,"title":"Revocation Reason","type":"string"}},"required":["connector_id","connector_type","provider","mission_id","project_uuid","actor_id","actor_type","endpoint_url","recorded_at","revocation_reason"],"title":"ConnectorRevokedPayload","type":"object"};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/connector_revoked_payload" */;
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.connector_type === undefined) || (!(func0.call(data, "connector_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_type"},message:"must have required property '"+"connector_type"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.provider === undefined) || (!(func0.call(data, "provider")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.project_uuid === undefined) || (!(func0.call(data, "project_uuid")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.actor_id === undefined) || (!(func0.call(data, "actor_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_id"},message:"must have required property '"+"actor_id"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.actor_type === undefined) || (!(func0.call(data, "actor_type")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_type"},message:"must have required property '"+"actor_type"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.endpoint_url === undefined) || (!(func0.call(data, "endpoint_url")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint_url"},message:"must have required property '"+"endpoint_url"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data.revocation_reason === undefined) || (!(func0.call(data, "revocation_reason")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "revocation_reason"},message:"must have required property '"+"revocation_reason"+"'",schema:schema38.required,parentSchema:schema38,data};
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
if(func76(data0) < 1){
const err10 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.actor_id,data:data0};
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
const err11 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.actor_id.type,parentSchema:schema38.properties.actor_id,data:data0};
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
const err12 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/pattern",keyword:"pattern",params:{pattern: "^(human|service|system)$"},message:"must match pattern \""+"^(human|service|system)$"+"\"",schema:"^(human|service|system)$",parentSchema:schema38.properties.actor_type,data:data1};
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
const err13 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.actor_type.type,parentSchema:schema38.properties.actor_type,data:data1};
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
if(func76(data2) < 1){
const err14 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.connector_id,data:data2};
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
const err15 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.connector_id.type,parentSchema:schema38.properties.connector_id,data:data2};
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
if(func76(data3) < 1){
const err16 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.connector_type,data:data3};
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
const err17 = {instancePath:instancePath+"/connector_type",schemaPath:"#/properties/connector_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.connector_type.type,parentSchema:schema38.properties.connector_type,data:data3};
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
if(func76(data4) < 1){
const err18 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.endpoint_url,data:data4};
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
const err19 = {instancePath:instancePath+"/endpoint_url",schemaPath:"#/properties/endpoint_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.endpoint_url.type,parentSchema:schema38.properties.endpoint_url,data:data4};
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
if(func76(data5) < 1){
const err20 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.mission_id,data:data5};
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
const err21 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.mission_id.type,parentSchema:schema38.properties.mission_id,data:data5};
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
const err22 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.project_uuid.type,parentSchema:schema38.properties.project_uuid,data:data6};
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
if(func76(data7) < 1){
const err23 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.provider,data:data7};
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
const err24 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.provider.type,parentSchema:schema38.properties.provider,data:data7};
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
const err25 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.recorded_at.type,parentSchema:schema38.properties.recorded_at,data:data8};
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
if(func76(data9) < 1){
const err26 = {instancePath:instancePath+"/revocation_reason",schemaPath:"#/properties/revocation_reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.revocation_reason,data:data9};
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
const err27 = {instancePath:instancePath+"/revocation_reason",schemaPath:"#/properties/revocation_reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.revocation_reason.type,parentSchema:schema38.properties.revocation_reason,data:data9};
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
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"actor_id":true,"actor_type":true,"connector_id":true,"connector_type":true,"endpoint_url":true,"mission_id":true,"project_uuid":true,"provider":true,"recorded_at":true,"revocation_reason":true},"dynamicProps":false,"dynamicItems":false};

export const event = validate25;
const schema39 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/event","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Immutable event with causal metadata for distributed conflict detection.","properties":{"aggregate_id":{"description":"Identifier of the entity this event modifies","minLength":1,"title":"Aggregate Id","type":"string"},"causation_id":{"anyOf":[{"maxLength":36,"minLength":26,"pattern":"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","type":"string"},{"type":"null"}],"default":null,"description":"Event ID of the parent event (26-char ULID or UUID accepted, None for root events)","title":"Causation Id"},"correlation_id":{"description":"Correlation identifier (26-char ULID or UUID accepted)","maxLength":36,"minLength":26,"pattern":"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","title":"Correlation Id","type":"string"},"data_tier":{"default":0,"description":"Progressive data sharing tier (0=local, 4=telemetry)","maximum":4,"minimum":0,"title":"Data Tier","type":"integer"},"event_id":{"description":"Unique event identifier (26-char ULID or UUID accepted)","maxLength":36,"minLength":26,"pattern":"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","title":"Event Id","type":"string"},"event_type":{"description":"Event type identifier (e.g., 'WPStatusChanged', 'TagAdded')","minLength":1,"title":"Event Type","type":"string"},"lamport_clock":{"description":"Lamport logical clock value (monotonically increasing)","minimum":0,"title":"Lamport Clock","type":"integer"},"node_id":{"description":"Identifier of the node that emitted this event","minLength":1,"title":"Node Id","type":"string"},"payload":{"additionalProperties":true,"default":{},"description":"Event-specific data (opaque to library)","title":"Payload","type":"object"},"project_slug":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Human-readable project identifier (optional)","title":"Project Slug"},"project_uuid":{"description":"UUID of the project this event belongs to","format":"uuid","title":"Project Uuid","type":"string"},"schema_version":{"default":"1.0.0","description":"Envelope schema version (semver)","pattern":"^\\d+\\.\\d+\\.\\d+$","title":"Schema Version","type":"string"},"timestamp":{"description":"Wall-clock timestamp (human-readable, not used for ordering)","format":"date-time","title":"Timestamp","type":"string"}},"required":["event_id","event_type","aggregate_id","timestamp","node_id","lamport_clock","project_uuid","correlation_id"],"title":"Event","type":"object"};
const pattern9 = func1("^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
const pattern12 = func1("^\\d+\\.\\d+\\.\\d+$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/event" */;
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
if((data.event_id === undefined) || (!(func0.call(data, "event_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_id"},message:"must have required property '"+"event_id"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.event_type === undefined) || (!(func0.call(data, "event_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_type"},message:"must have required property '"+"event_type"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.aggregate_id === undefined) || (!(func0.call(data, "aggregate_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aggregate_id"},message:"must have required property '"+"aggregate_id"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.timestamp === undefined) || (!(func0.call(data, "timestamp")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.node_id === undefined) || (!(func0.call(data, "node_id")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "node_id"},message:"must have required property '"+"node_id"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.lamport_clock === undefined) || (!(func0.call(data, "lamport_clock")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lamport_clock"},message:"must have required property '"+"lamport_clock"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.project_uuid === undefined) || (!(func0.call(data, "project_uuid")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_uuid"},message:"must have required property '"+"project_uuid"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.correlation_id === undefined) || (!(func0.call(data, "correlation_id")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "correlation_id"},message:"must have required property '"+"correlation_id"+"'",schema:schema39.required,parentSchema:schema39,data};
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
if(func76(data0) < 1){
const err8 = {instancePath:instancePath+"/aggregate_id",schemaPath:"#/properties/aggregate_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.aggregate_id,data:data0};
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
const err9 = {instancePath:instancePath+"/aggregate_id",schemaPath:"#/properties/aggregate_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.aggregate_id.type,parentSchema:schema39.properties.aggregate_id,data:data0};
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
if(func76(data1) > 36){
const err10 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters",schema:36,parentSchema:schema39.properties.causation_id.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func76(data1) < 26){
const err11 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/0/minLength",keyword:"minLength",params:{limit: 26},message:"must NOT have fewer than 26 characters",schema:26,parentSchema:schema39.properties.causation_id.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern9.test(data1)){
const err12 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema39.properties.causation_id.anyOf[0],data:data1};
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
const err13 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.causation_id.anyOf[0].type,parentSchema:schema39.properties.causation_id.anyOf[0],data:data1};
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
const err14 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema39.properties.causation_id.anyOf[1].type,parentSchema:schema39.properties.causation_id.anyOf[1],data:data1};
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
const err15 = {instancePath:instancePath+"/causation_id",schemaPath:"#/properties/causation_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema39.properties.causation_id.anyOf,parentSchema:schema39.properties.causation_id,data:data1};
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
if(func76(data2) > 36){
const err16 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters",schema:36,parentSchema:schema39.properties.correlation_id,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func76(data2) < 26){
const err17 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/minLength",keyword:"minLength",params:{limit: 26},message:"must NOT have fewer than 26 characters",schema:26,parentSchema:schema39.properties.correlation_id,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern9.test(data2)){
const err18 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/pattern",keyword:"pattern",params:{pattern: "^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema39.properties.correlation_id,data:data2};
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
const err19 = {instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.correlation_id.type,parentSchema:schema39.properties.correlation_id,data:data2};
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
const err20 = {instancePath:instancePath+"/data_tier",schemaPath:"#/properties/data_tier/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.data_tier.type,parentSchema:schema39.properties.data_tier,data:data3};
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
const err21 = {instancePath:instancePath+"/data_tier",schemaPath:"#/properties/data_tier/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4",schema:4,parentSchema:schema39.properties.data_tier,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err22 = {instancePath:instancePath+"/data_tier",schemaPath:"#/properties/data_tier/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.data_tier,data:data3};
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
if(func76(data4) > 36){
const err23 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters",schema:36,parentSchema:schema39.properties.event_id,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func76(data4) < 26){
const err24 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/minLength",keyword:"minLength",params:{limit: 26},message:"must NOT have fewer than 26 characters",schema:26,parentSchema:schema39.properties.event_id,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern9.test(data4)){
const err25 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/pattern",keyword:"pattern",params:{pattern: "^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema39.properties.event_id,data:data4};
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
const err26 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.event_id.type,parentSchema:schema39.properties.event_id,data:data4};
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
if(func76(data5) < 1){
const err27 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.event_type,data:data5};
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
const err28 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.event_type.type,parentSchema:schema39.properties.event_type,data:data5};
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
const err29 = {instancePath:instancePath+"/lamport_clock",schemaPath:"#/properties/lamport_clock/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.lamport_clock.type,parentSchema:schema39.properties.lamport_clock,data:data6};
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
const err30 = {instancePath:instancePath+"/lamport_clock",schemaPath:"#/properties/lamport_clock/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.lamport_clock,data:data6};
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
if(func76(data7) < 1){
const err31 = {instancePath:instancePath+"/node_id",schemaPath:"#/properties/node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.node_id,data:data7};
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
const err32 = {instancePath:instancePath+"/node_id",schemaPath:"#/properties/node_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.node_id.type,parentSchema:schema39.properties.node_id,data:data7};
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
const err33 = {instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.payload.type,parentSchema:schema39.properties.payload,data:data8};
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
const err34 = {instancePath:instancePath+"/project_slug",schemaPath:"#/properties/project_slug/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.project_slug.anyOf[0].type,parentSchema:schema39.properties.project_slug.anyOf[0],data:data9};
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
const err35 = {instancePath:instancePath+"/project_slug",schemaPath:"#/properties/project_slug/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema39.properties.project_slug.anyOf[1].type,parentSchema:schema39.properties.project_slug.anyOf[1],data:data9};
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
const err36 = {instancePath:instancePath+"/project_slug",schemaPath:"#/properties/project_slug/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema39.properties.project_slug.anyOf,parentSchema:schema39.properties.project_slug,data:data9};
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
const err37 = {instancePath:instancePath+"/project_uuid",schemaPath:"#/properties/project_uuid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.project_uuid.type,parentSchema:schema39.properties.project_uuid,data:data10};
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
const err38 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d+\\.\\d+$"},message:"must match pattern \""+"^\\d+\\.\\d+\\.\\d+$"+"\"",schema:"^\\d+\\.\\d+\\.\\d+$",parentSchema:schema39.properties.schema_version,data:data11};
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
const err39 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.schema_version.type,parentSchema:schema39.properties.schema_version,data:data11};
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
const err40 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.timestamp.type,parentSchema:schema39.properties.timestamp,data:data12};
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
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"aggregate_id":true,"causation_id":true,"correlation_id":true,"data_tier":true,"event_id":true,"event_type":true,"lamport_clock":true,"node_id":true,"payload":true,"project_slug":true,"project_uuid":true,"schema_version":true,"timestamp":true},"dynamicProps":false,"dynamicItems":false};

export const external_reference_linked_payload = validate26;
const schema40 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/external_reference_linked_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for ExternalReferenceLinked events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"external_provider":{"minLength":1,"title":"External Provider","type":"string"},"external_ref_id":{"minLength":1,"title":"External Ref Id","type":"string"},"external_ref_type":{"minLength":1,"title":"External Ref Type","type":"string"},"external_ref_url":{"format":"uri","minLength":1,"title":"External Ref Url","type":"string"},"internal_aggregate_id":{"minLength":1,"title":"Internal Aggregate Id","type":"string"},"internal_aggregate_type":{"minLength":1,"title":"Internal Aggregate Type","type":"string"},"link_id":{"minLength":1,"title":"Link Id","type":"string"},"linked_by":{"minLength":1,"title":"Linked By","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"}},"required":["link_id","connector_id","external_provider","external_ref_type","external_ref_id","external_ref_url","internal_aggregate_type","internal_aggregate_id","mission_id","linked_by","recorded_at"],"title":"ExternalReferenceLinkedPayload","type":"object"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/external_reference_linked_payload" */;
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
if((data.link_id === undefined) || (!(func0.call(data, "link_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "link_id"},message:"must have required property '"+"link_id"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.external_provider === undefined) || (!(func0.call(data, "external_provider")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_provider"},message:"must have required property '"+"external_provider"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.external_ref_type === undefined) || (!(func0.call(data, "external_ref_type")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_ref_type"},message:"must have required property '"+"external_ref_type"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.external_ref_id === undefined) || (!(func0.call(data, "external_ref_id")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_ref_id"},message:"must have required property '"+"external_ref_id"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.external_ref_url === undefined) || (!(func0.call(data, "external_ref_url")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_ref_url"},message:"must have required property '"+"external_ref_url"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.internal_aggregate_type === undefined) || (!(func0.call(data, "internal_aggregate_type")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "internal_aggregate_type"},message:"must have required property '"+"internal_aggregate_type"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.internal_aggregate_id === undefined) || (!(func0.call(data, "internal_aggregate_id")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "internal_aggregate_id"},message:"must have required property '"+"internal_aggregate_id"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data.linked_by === undefined) || (!(func0.call(data, "linked_by")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "linked_by"},message:"must have required property '"+"linked_by"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema40.required,parentSchema:schema40,data};
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
if(func76(data0) < 1){
const err11 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.connector_id,data:data0};
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
const err12 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.connector_id.type,parentSchema:schema40.properties.connector_id,data:data0};
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
if(func76(data1) < 1){
const err13 = {instancePath:instancePath+"/external_provider",schemaPath:"#/properties/external_provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.external_provider,data:data1};
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
const err14 = {instancePath:instancePath+"/external_provider",schemaPath:"#/properties/external_provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.external_provider.type,parentSchema:schema40.properties.external_provider,data:data1};
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
if(func76(data2) < 1){
const err15 = {instancePath:instancePath+"/external_ref_id",schemaPath:"#/properties/external_ref_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.external_ref_id,data:data2};
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
const err16 = {instancePath:instancePath+"/external_ref_id",schemaPath:"#/properties/external_ref_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.external_ref_id.type,parentSchema:schema40.properties.external_ref_id,data:data2};
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
if(func76(data3) < 1){
const err17 = {instancePath:instancePath+"/external_ref_type",schemaPath:"#/properties/external_ref_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.external_ref_type,data:data3};
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
const err18 = {instancePath:instancePath+"/external_ref_type",schemaPath:"#/properties/external_ref_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.external_ref_type.type,parentSchema:schema40.properties.external_ref_type,data:data3};
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
if(func76(data4) < 1){
const err19 = {instancePath:instancePath+"/external_ref_url",schemaPath:"#/properties/external_ref_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.external_ref_url,data:data4};
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
const err20 = {instancePath:instancePath+"/external_ref_url",schemaPath:"#/properties/external_ref_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.external_ref_url.type,parentSchema:schema40.properties.external_ref_url,data:data4};
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
if(func76(data5) < 1){
const err21 = {instancePath:instancePath+"/internal_aggregate_id",schemaPath:"#/properties/internal_aggregate_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.internal_aggregate_id,data:data5};
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
const err22 = {instancePath:instancePath+"/internal_aggregate_id",schemaPath:"#/properties/internal_aggregate_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.internal_aggregate_id.type,parentSchema:schema40.properties.internal_aggregate_id,data:data5};
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
if(func76(data6) < 1){
const err23 = {instancePath:instancePath+"/internal_aggregate_type",schemaPath:"#/properties/internal_aggregate_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.internal_aggregate_type,data:data6};
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
const err24 = {instancePath:instancePath+"/internal_aggregate_type",schemaPath:"#/properties/internal_aggregate_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.internal_aggregate_type.type,parentSchema:schema40.properties.internal_aggregate_type,data:data6};
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
if(func76(data7) < 1){
const err25 = {instancePath:instancePath+"/link_id",schemaPath:"#/properties/link_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.link_id,data:data7};
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
const err26 = {instancePath:instancePath+"/link_id",schemaPath:"#/properties/link_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.link_id.type,parentSchema:schema40.properties.link_id,data:data7};
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
if(func76(data8) < 1){
const err27 = {instancePath:instancePath+"/linked_by",schemaPath:"#/properties/linked_by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.linked_by,data:data8};
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
const err28 = {instancePath:instancePath+"/linked_by",schemaPath:"#/properties/linked_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.linked_by.type,parentSchema:schema40.properties.linked_by,data:data8};
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
if(func76(data9) < 1){
const err29 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.mission_id,data:data9};
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
const err30 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.mission_id.type,parentSchema:schema40.properties.mission_id,data:data9};
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
const err31 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.recorded_at.type,parentSchema:schema40.properties.recorded_at,data:data10};
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
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"connector_id":true,"external_provider":true,"external_ref_id":true,"external_ref_type":true,"external_ref_url":true,"internal_aggregate_id":true,"internal_aggregate_type":true,"link_id":true,"linked_by":true,"mission_id":true,"recorded_at":true},"dynamicProps":false,"dynamicItems":false};

export const gate_failed_payload = validate27;
const schema41 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/gate_failed_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for a CI gate that concluded with a failure condition.\n\nCovers conclusions: failure, timed_out, cancelled, action_required.\nAttached to a generic Event with event_type='GateFailed'.","properties":{"check_run_id":{"description":"GitHub check run ID","exclusiveMinimum":0,"title":"Check Run Id","type":"integer"},"check_run_url":{"description":"URL of the GitHub check run","format":"uri","minLength":1,"title":"Check Run Url","type":"string"},"conclusion":{"description":"Allowed GitHub check_run conclusions for failed gates.","enum":["failure","timed_out","cancelled","action_required"],"title":"Conclusion","type":"string"},"delivery_id":{"description":"Webhook delivery ID used as idempotency key","minLength":1,"title":"Delivery Id","type":"string"},"external_provider":{"const":"github","description":"External CI provider. Currently only 'github' is supported.","title":"External Provider","type":"string"},"gate_name":{"description":"Name of the CI gate (e.g., 'ci/build', 'ci/lint')","minLength":1,"title":"Gate Name","type":"string"},"gate_type":{"const":"ci","description":"Type of gate. Currently only 'ci' is supported.","title":"Gate Type","type":"string"},"pr_number":{"anyOf":[{"exclusiveMinimum":0,"type":"integer"},{"type":"null"}],"default":null,"description":"Pull request number, if the gate is associated with a PR","title":"Pr Number"}},"required":["gate_name","gate_type","conclusion","external_provider","check_run_id","check_run_url","delivery_id"],"title":"GateFailedPayload","type":"object"};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/gate_failed_payload" */;
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
if((data.gate_name === undefined) || (!(func0.call(data, "gate_name")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gate_name"},message:"must have required property '"+"gate_name"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.gate_type === undefined) || (!(func0.call(data, "gate_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gate_type"},message:"must have required property '"+"gate_type"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.conclusion === undefined) || (!(func0.call(data, "conclusion")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conclusion"},message:"must have required property '"+"conclusion"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.external_provider === undefined) || (!(func0.call(data, "external_provider")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_provider"},message:"must have required property '"+"external_provider"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.check_run_id === undefined) || (!(func0.call(data, "check_run_id")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "check_run_id"},message:"must have required property '"+"check_run_id"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.check_run_url === undefined) || (!(func0.call(data, "check_run_url")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "check_run_url"},message:"must have required property '"+"check_run_url"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.delivery_id === undefined) || (!(func0.call(data, "delivery_id")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delivery_id"},message:"must have required property '"+"delivery_id"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.check_run_id !== undefined && func0.call(data, "check_run_id")){
let data0 = data.check_run_id;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err7 = {instancePath:instancePath+"/check_run_id",schemaPath:"#/properties/check_run_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.check_run_id.type,parentSchema:schema41.properties.check_run_id,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 <= 0 || isNaN(data0)){
const err8 = {instancePath:instancePath+"/check_run_id",schemaPath:"#/properties/check_run_id/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema41.properties.check_run_id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.check_run_url !== undefined && func0.call(data, "check_run_url")){
let data1 = data.check_run_url;
if(typeof data1 === "string"){
if(func76(data1) < 1){
const err9 = {instancePath:instancePath+"/check_run_url",schemaPath:"#/properties/check_run_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.check_run_url,data:data1};
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
const err10 = {instancePath:instancePath+"/check_run_url",schemaPath:"#/properties/check_run_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.check_run_url.type,parentSchema:schema41.properties.check_run_url,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.conclusion !== undefined && func0.call(data, "conclusion")){
let data2 = data.conclusion;
if(typeof data2 !== "string"){
const err11 = {instancePath:instancePath+"/conclusion",schemaPath:"#/properties/conclusion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.conclusion.type,parentSchema:schema41.properties.conclusion,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((data2 === "failure") || (data2 === "timed_out")) || (data2 === "cancelled")) || (data2 === "action_required"))){
const err12 = {instancePath:instancePath+"/conclusion",schemaPath:"#/properties/conclusion/enum",keyword:"enum",params:{allowedValues: schema41.properties.conclusion.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.conclusion.enum,parentSchema:schema41.properties.conclusion,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.delivery_id !== undefined && func0.call(data, "delivery_id")){
let data3 = data.delivery_id;
if(typeof data3 === "string"){
if(func76(data3) < 1){
const err13 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.delivery_id,data:data3};
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
const err14 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.delivery_id.type,parentSchema:schema41.properties.delivery_id,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.external_provider !== undefined && func0.call(data, "external_provider")){
let data4 = data.external_provider;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/external_provider",schemaPath:"#/properties/external_provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.external_provider.type,parentSchema:schema41.properties.external_provider,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if("github" !== data4){
const err16 = {instancePath:instancePath+"/external_provider",schemaPath:"#/properties/external_provider/const",keyword:"const",params:{allowedValue: "github"},message:"must be equal to constant",schema:"github",parentSchema:schema41.properties.external_provider,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.gate_name !== undefined && func0.call(data, "gate_name")){
let data5 = data.gate_name;
if(typeof data5 === "string"){
if(func76(data5) < 1){
const err17 = {instancePath:instancePath+"/gate_name",schemaPath:"#/properties/gate_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.gate_name,data:data5};
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
const err18 = {instancePath:instancePath+"/gate_name",schemaPath:"#/properties/gate_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.gate_name.type,parentSchema:schema41.properties.gate_name,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.gate_type !== undefined && func0.call(data, "gate_type")){
let data6 = data.gate_type;
if(typeof data6 !== "string"){
const err19 = {instancePath:instancePath+"/gate_type",schemaPath:"#/properties/gate_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.gate_type.type,parentSchema:schema41.properties.gate_type,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if("ci" !== data6){
const err20 = {instancePath:instancePath+"/gate_type",schemaPath:"#/properties/gate_type/const",keyword:"const",params:{allowedValue: "ci"},message:"must be equal to constant",schema:"ci",parentSchema:schema41.properties.gate_type,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.pr_number !== undefined && func0.call(data, "pr_number")){
let data7 = data.pr_number;
const _errs17 = errors;
let valid1 = false;
const _errs18 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err21 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.pr_number.anyOf[0].type,parentSchema:schema41.properties.pr_number.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 <= 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema41.properties.pr_number.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
const _errs20 = errors;
if(data7 !== null){
const err23 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema41.properties.pr_number.anyOf[1].type,parentSchema:schema41.properties.pr_number.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err24 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema41.properties.pr_number.anyOf,parentSchema:schema41.properties.pr_number,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"check_run_id":true,"check_run_url":true,"conclusion":true,"delivery_id":true,"external_provider":true,"gate_name":true,"gate_type":true,"pr_number":true},"dynamicProps":false,"dynamicItems":false};

export const gate_passed_payload = validate28;
const schema42 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/gate_passed_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for a CI gate that concluded successfully.\n\nAttached to a generic Event with event_type='GatePassed'.","properties":{"check_run_id":{"description":"GitHub check run ID","exclusiveMinimum":0,"title":"Check Run Id","type":"integer"},"check_run_url":{"description":"URL of the GitHub check run","format":"uri","minLength":1,"title":"Check Run Url","type":"string"},"conclusion":{"const":"success","description":"Allowed GitHub check_run conclusion for passed gates.","title":"Conclusion","type":"string"},"delivery_id":{"description":"Webhook delivery ID used as idempotency key","minLength":1,"title":"Delivery Id","type":"string"},"external_provider":{"const":"github","description":"External CI provider. Currently only 'github' is supported.","title":"External Provider","type":"string"},"gate_name":{"description":"Name of the CI gate (e.g., 'ci/build', 'ci/lint')","minLength":1,"title":"Gate Name","type":"string"},"gate_type":{"const":"ci","description":"Type of gate. Currently only 'ci' is supported.","title":"Gate Type","type":"string"},"pr_number":{"anyOf":[{"exclusiveMinimum":0,"type":"integer"},{"type":"null"}],"default":null,"description":"Pull request number, if the gate is associated with a PR","title":"Pr Number"}},"required":["gate_name","gate_type","conclusion","external_provider","check_run_id","check_run_url","delivery_id"],"title":"GatePassedPayload","type":"object"};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/gate_passed_payload" */;
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
if((data.gate_name === undefined) || (!(func0.call(data, "gate_name")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gate_name"},message:"must have required property '"+"gate_name"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.gate_type === undefined) || (!(func0.call(data, "gate_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gate_type"},message:"must have required property '"+"gate_type"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.conclusion === undefined) || (!(func0.call(data, "conclusion")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conclusion"},message:"must have required property '"+"conclusion"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.external_provider === undefined) || (!(func0.call(data, "external_provider")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_provider"},message:"must have required property '"+"external_provider"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.check_run_id === undefined) || (!(func0.call(data, "check_run_id")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "check_run_id"},message:"must have required property '"+"check_run_id"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.check_run_url === undefined) || (!(func0.call(data, "check_run_url")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "check_run_url"},message:"must have required property '"+"check_run_url"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.delivery_id === undefined) || (!(func0.call(data, "delivery_id")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delivery_id"},message:"must have required property '"+"delivery_id"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.check_run_id !== undefined && func0.call(data, "check_run_id")){
let data0 = data.check_run_id;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err7 = {instancePath:instancePath+"/check_run_id",schemaPath:"#/properties/check_run_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.check_run_id.type,parentSchema:schema42.properties.check_run_id,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 <= 0 || isNaN(data0)){
const err8 = {instancePath:instancePath+"/check_run_id",schemaPath:"#/properties/check_run_id/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema42.properties.check_run_id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.check_run_url !== undefined && func0.call(data, "check_run_url")){
let data1 = data.check_run_url;
if(typeof data1 === "string"){
if(func76(data1) < 1){
const err9 = {instancePath:instancePath+"/check_run_url",schemaPath:"#/properties/check_run_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.check_run_url,data:data1};
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
const err10 = {instancePath:instancePath+"/check_run_url",schemaPath:"#/properties/check_run_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.check_run_url.type,parentSchema:schema42.properties.check_run_url,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.conclusion !== undefined && func0.call(data, "conclusion")){
let data2 = data.conclusion;
if(typeof data2 !== "string"){
const err11 = {instancePath:instancePath+"/conclusion",schemaPath:"#/properties/conclusion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.conclusion.type,parentSchema:schema42.properties.conclusion,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if("success" !== data2){
const err12 = {instancePath:instancePath+"/conclusion",schemaPath:"#/properties/conclusion/const",keyword:"const",params:{allowedValue: "success"},message:"must be equal to constant",schema:"success",parentSchema:schema42.properties.conclusion,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.delivery_id !== undefined && func0.call(data, "delivery_id")){
let data3 = data.delivery_id;
if(typeof data3 === "string"){
if(func76(data3) < 1){
const err13 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.delivery_id,data:data3};
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
const err14 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.delivery_id.type,parentSchema:schema42.properties.delivery_id,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.external_provider !== undefined && func0.call(data, "external_provider")){
let data4 = data.external_provider;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/external_provider",schemaPath:"#/properties/external_provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.external_provider.type,parentSchema:schema42.properties.external_provider,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if("github" !== data4){
const err16 = {instancePath:instancePath+"/external_provider",schemaPath:"#/properties/external_provider/const",keyword:"const",params:{allowedValue: "github"},message:"must be equal to constant",schema:"github",parentSchema:schema42.properties.external_provider,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.gate_name !== undefined && func0.call(data, "gate_name")){
let data5 = data.gate_name;
if(typeof data5 === "string"){
if(func76(data5) < 1){
const err17 = {instancePath:instancePath+"/gate_name",schemaPath:"#/properties/gate_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.gate_name,data:data5};
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
const err18 = {instancePath:instancePath+"/gate_name",schemaPath:"#/properties/gate_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.gate_name.type,parentSchema:schema42.properties.gate_name,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.gate_type !== undefined && func0.call(data, "gate_type")){
let data6 = data.gate_type;
if(typeof data6 !== "string"){
const err19 = {instancePath:instancePath+"/gate_type",schemaPath:"#/properties/gate_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.gate_type.type,parentSchema:schema42.properties.gate_type,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if("ci" !== data6){
const err20 = {instancePath:instancePath+"/gate_type",schemaPath:"#/properties/gate_type/const",keyword:"const",params:{allowedValue: "ci"},message:"must be equal to constant",schema:"ci",parentSchema:schema42.properties.gate_type,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.pr_number !== undefined && func0.call(data, "pr_number")){
let data7 = data.pr_number;
const _errs17 = errors;
let valid1 = false;
const _errs18 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err21 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.pr_number.anyOf[0].type,parentSchema:schema42.properties.pr_number.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 <= 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema42.properties.pr_number.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
const _errs20 = errors;
if(data7 !== null){
const err23 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema42.properties.pr_number.anyOf[1].type,parentSchema:schema42.properties.pr_number.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err24 = {instancePath:instancePath+"/pr_number",schemaPath:"#/properties/pr_number/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema42.properties.pr_number.anyOf,parentSchema:schema42.properties.pr_number,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"check_run_id":true,"check_run_url":true,"conclusion":true,"delivery_id":true,"external_provider":true,"gate_name":true,"gate_type":true,"pr_number":true},"dynamicProps":false,"dynamicItems":false};

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

export const mission_cancelled_payload = validate30;
const schema44 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/mission_cancelled_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for MissionCancelled events.","properties":{"actor":{"description":"Actor who cancelled the mission","minLength":1,"title":"Actor","type":"string"},"cancelled_wp_ids":{"description":"WP IDs affected by cancellation","items":{"type":"string"},"title":"Cancelled Wp Ids","type":"array"},"mission_id":{"description":"Mission identifier","minLength":1,"title":"Mission Id","type":"string"},"reason":{"description":"Reason for cancellation (required)","minLength":1,"title":"Reason","type":"string"}},"required":["mission_id","reason","actor"],"title":"MissionCancelledPayload","type":"object"};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_cancelled_payload" */;
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
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.reason === undefined) || (!(func0.call(data, "reason")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func76(data0) < 1){
const err3 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.actor.type,parentSchema:schema44.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.cancelled_wp_ids !== undefined && func0.call(data, "cancelled_wp_ids")){
let data1 = data.cancelled_wp_ids;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/cancelled_wp_ids/" + i0,schemaPath:"#/properties/cancelled_wp_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.cancelled_wp_ids.items.type,parentSchema:schema44.properties.cancelled_wp_ids.items,data:data2};
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
const err6 = {instancePath:instancePath+"/cancelled_wp_ids",schemaPath:"#/properties/cancelled_wp_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.properties.cancelled_wp_ids.type,parentSchema:schema44.properties.cancelled_wp_ids,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data3 = data.mission_id;
if(typeof data3 === "string"){
if(func76(data3) < 1){
const err7 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.mission_id,data:data3};
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
const err8 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.mission_id.type,parentSchema:schema44.properties.mission_id,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.reason !== undefined && func0.call(data, "reason")){
let data4 = data.reason;
if(typeof data4 === "string"){
if(func76(data4) < 1){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.reason,data:data4};
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
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.reason.type,parentSchema:schema44.properties.reason,data:data4};
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
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"actor":true,"cancelled_wp_ids":true,"mission_id":true,"reason":true},"dynamicProps":false,"dynamicItems":false};

export const mission_completed_payload = validate31;
const schema45 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/mission_completed_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for MissionCompleted events.","properties":{"actor":{"description":"Actor who completed the mission","minLength":1,"title":"Actor","type":"string"},"final_phase":{"description":"Last phase before completion","minLength":1,"title":"Final Phase","type":"string"},"mission_id":{"description":"Mission identifier","minLength":1,"title":"Mission Id","type":"string"},"mission_type":{"description":"Mission type","minLength":1,"title":"Mission Type","type":"string"}},"required":["mission_id","mission_type","final_phase","actor"],"title":"MissionCompletedPayload","type":"object"};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_completed_payload" */;
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
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.mission_type === undefined) || (!(func0.call(data, "mission_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_type"},message:"must have required property '"+"mission_type"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.final_phase === undefined) || (!(func0.call(data, "final_phase")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "final_phase"},message:"must have required property '"+"final_phase"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func76(data0) < 1){
const err4 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.actor.type,parentSchema:schema45.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.final_phase !== undefined && func0.call(data, "final_phase")){
let data1 = data.final_phase;
if(typeof data1 === "string"){
if(func76(data1) < 1){
const err6 = {instancePath:instancePath+"/final_phase",schemaPath:"#/properties/final_phase/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.final_phase,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/final_phase",schemaPath:"#/properties/final_phase/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.final_phase.type,parentSchema:schema45.properties.final_phase,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data2 = data.mission_id;
if(typeof data2 === "string"){
if(func76(data2) < 1){
const err8 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.mission_id,data:data2};
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
const err9 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.mission_id.type,parentSchema:schema45.properties.mission_id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.mission_type !== undefined && func0.call(data, "mission_type")){
let data3 = data.mission_type;
if(typeof data3 === "string"){
if(func76(data3) < 1){
const err10 = {instancePath:instancePath+"/mission_type",schemaPath:"#/properties/mission_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.mission_type,data:data3};
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
const err11 = {instancePath:instancePath+"/mission_type",schemaPath:"#/properties/mission_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.mission_type.type,parentSchema:schema45.properties.mission_type,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"actor":true,"final_phase":true,"mission_id":true,"mission_type":true},"dynamicProps":false,"dynamicItems":false};

export const mission_started_payload = validate32;
const schema46 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/mission_started_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for MissionStarted events.","properties":{"actor":{"description":"Actor who started the mission","minLength":1,"title":"Actor","type":"string"},"initial_phase":{"description":"First phase of the mission","minLength":1,"title":"Initial Phase","type":"string"},"mission_id":{"description":"Mission identifier","minLength":1,"title":"Mission Id","type":"string"},"mission_type":{"description":"Mission type (e.g., 'software-dev', 'research', 'plan')","minLength":1,"title":"Mission Type","type":"string"}},"required":["mission_id","mission_type","initial_phase","actor"],"title":"MissionStartedPayload","type":"object"};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_started_payload" */;
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
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.mission_type === undefined) || (!(func0.call(data, "mission_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_type"},message:"must have required property '"+"mission_type"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.initial_phase === undefined) || (!(func0.call(data, "initial_phase")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "initial_phase"},message:"must have required property '"+"initial_phase"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func76(data0) < 1){
const err4 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.actor.type,parentSchema:schema46.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.initial_phase !== undefined && func0.call(data, "initial_phase")){
let data1 = data.initial_phase;
if(typeof data1 === "string"){
if(func76(data1) < 1){
const err6 = {instancePath:instancePath+"/initial_phase",schemaPath:"#/properties/initial_phase/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.initial_phase,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/initial_phase",schemaPath:"#/properties/initial_phase/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.initial_phase.type,parentSchema:schema46.properties.initial_phase,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data2 = data.mission_id;
if(typeof data2 === "string"){
if(func76(data2) < 1){
const err8 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.mission_id,data:data2};
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
const err9 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.mission_id.type,parentSchema:schema46.properties.mission_id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.mission_type !== undefined && func0.call(data, "mission_type")){
let data3 = data.mission_type;
if(typeof data3 === "string"){
if(func76(data3) < 1){
const err10 = {instancePath:instancePath+"/mission_type",schemaPath:"#/properties/mission_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.mission_type,data:data3};
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
const err11 = {instancePath:instancePath+"/mission_type",schemaPath:"#/properties/mission_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.mission_type.type,parentSchema:schema46.properties.mission_type,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"actor":true,"initial_phase":true,"mission_id":true,"mission_type":true},"dynamicProps":false,"dynamicItems":false};

export const phase_entered_payload = validate33;
const schema47 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/phase_entered_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for PhaseEntered events.","properties":{"actor":{"description":"Actor triggering phase transition","minLength":1,"title":"Actor","type":"string"},"mission_id":{"description":"Mission identifier","minLength":1,"title":"Mission Id","type":"string"},"phase_name":{"description":"Phase being entered","minLength":1,"title":"Phase Name","type":"string"},"previous_phase":{"anyOf":[{"minLength":1,"type":"string"},{"type":"null"}],"default":null,"description":"Phase being exited (None for initial)","title":"Previous Phase"}},"required":["mission_id","phase_name","actor"],"title":"PhaseEnteredPayload","type":"object"};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/phase_entered_payload" */;
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
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.phase_name === undefined) || (!(func0.call(data, "phase_name")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phase_name"},message:"must have required property '"+"phase_name"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func76(data0) < 1){
const err3 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.actor.type,parentSchema:schema47.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data1 = data.mission_id;
if(typeof data1 === "string"){
if(func76(data1) < 1){
const err5 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.mission_id,data:data1};
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
const err6 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.mission_id.type,parentSchema:schema47.properties.mission_id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.phase_name !== undefined && func0.call(data, "phase_name")){
let data2 = data.phase_name;
if(typeof data2 === "string"){
if(func76(data2) < 1){
const err7 = {instancePath:instancePath+"/phase_name",schemaPath:"#/properties/phase_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.phase_name,data:data2};
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
const err8 = {instancePath:instancePath+"/phase_name",schemaPath:"#/properties/phase_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.phase_name.type,parentSchema:schema47.properties.phase_name,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.previous_phase !== undefined && func0.call(data, "previous_phase")){
let data3 = data.previous_phase;
const _errs9 = errors;
let valid1 = false;
const _errs10 = errors;
if(typeof data3 === "string"){
if(func76(data3) < 1){
const err9 = {instancePath:instancePath+"/previous_phase",schemaPath:"#/properties/previous_phase/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.previous_phase.anyOf[0],data:data3};
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
const err10 = {instancePath:instancePath+"/previous_phase",schemaPath:"#/properties/previous_phase/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.previous_phase.anyOf[0].type,parentSchema:schema47.properties.previous_phase.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
const _errs12 = errors;
if(data3 !== null){
const err11 = {instancePath:instancePath+"/previous_phase",schemaPath:"#/properties/previous_phase/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema47.properties.previous_phase.anyOf[1].type,parentSchema:schema47.properties.previous_phase.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err12 = {instancePath:instancePath+"/previous_phase",schemaPath:"#/properties/previous_phase/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema47.properties.previous_phase.anyOf,parentSchema:schema47.properties.previous_phase,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"actor":true,"mission_id":true,"phase_name":true,"previous_phase":true},"dynamicProps":false,"dynamicItems":false};

export const review_rollback_payload = validate34;
const schema48 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/review_rollback_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for ReviewRollback events.","properties":{"actor":{"description":"Actor triggering rollback","minLength":1,"title":"Actor","type":"string"},"affected_wp_ids":{"description":"WP IDs affected by rollback","items":{"type":"string"},"title":"Affected Wp Ids","type":"array"},"mission_id":{"description":"Mission identifier","minLength":1,"title":"Mission Id","type":"string"},"review_ref":{"description":"Reference to the review that triggered rollback","minLength":1,"title":"Review Ref","type":"string"},"target_phase":{"description":"Phase to roll back to","minLength":1,"title":"Target Phase","type":"string"}},"required":["mission_id","review_ref","target_phase","actor"],"title":"ReviewRollbackPayload","type":"object"};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/review_rollback_payload" */;
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
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.review_ref === undefined) || (!(func0.call(data, "review_ref")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review_ref"},message:"must have required property '"+"review_ref"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.target_phase === undefined) || (!(func0.call(data, "target_phase")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target_phase"},message:"must have required property '"+"target_phase"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func76(data0) < 1){
const err4 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.actor.type,parentSchema:schema48.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.affected_wp_ids !== undefined && func0.call(data, "affected_wp_ids")){
let data1 = data.affected_wp_ids;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/affected_wp_ids/" + i0,schemaPath:"#/properties/affected_wp_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.affected_wp_ids.items.type,parentSchema:schema48.properties.affected_wp_ids.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/affected_wp_ids",schemaPath:"#/properties/affected_wp_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.affected_wp_ids.type,parentSchema:schema48.properties.affected_wp_ids,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data3 = data.mission_id;
if(typeof data3 === "string"){
if(func76(data3) < 1){
const err8 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.mission_id,data:data3};
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
const err9 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.mission_id.type,parentSchema:schema48.properties.mission_id,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.review_ref !== undefined && func0.call(data, "review_ref")){
let data4 = data.review_ref;
if(typeof data4 === "string"){
if(func76(data4) < 1){
const err10 = {instancePath:instancePath+"/review_ref",schemaPath:"#/properties/review_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.review_ref,data:data4};
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
const err11 = {instancePath:instancePath+"/review_ref",schemaPath:"#/properties/review_ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.review_ref.type,parentSchema:schema48.properties.review_ref,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.target_phase !== undefined && func0.call(data, "target_phase")){
let data5 = data.target_phase;
if(typeof data5 === "string"){
if(func76(data5) < 1){
const err12 = {instancePath:instancePath+"/target_phase",schemaPath:"#/properties/target_phase/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.target_phase,data:data5};
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
const err13 = {instancePath:instancePath+"/target_phase",schemaPath:"#/properties/target_phase/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.target_phase.type,parentSchema:schema48.properties.target_phase,data:data5};
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
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":{"actor":true,"affected_wp_ids":true,"mission_id":true,"review_ref":true,"target_phase":true},"dynamicProps":false,"dynamicItems":false};

export const status_transition_payload = validate35;
const schema49 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"DoneEvidence":{"description":"Evidence bundle required when a WP transitions to DONE.","properties":{"repos":{"description":"At least one repo with changes","items":{"$ref":"#/$defs/RepoEvidence"},"minItems":1,"title":"Repos","type":"array"},"review":{"$ref":"#/$defs/ReviewVerdict","description":"Review verdict"},"verification":{"description":"Verification steps executed","items":{"$ref":"#/$defs/VerificationEntry"},"title":"Verification","type":"array"}},"required":["repos","review"],"title":"DoneEvidence","type":"object"},"ExecutionMode":{"description":"How a work-package is being executed.","enum":["worktree","direct_repo"],"title":"ExecutionMode","type":"string"},"Lane":{"description":"Work-package lifecycle lanes.","enum":["planned","claimed","in_progress","for_review","done","blocked","canceled"],"title":"Lane","type":"string"},"RepoEvidence":{"description":"Evidence of repository changes for a completed work-package.","properties":{"branch":{"description":"Branch name","minLength":1,"title":"Branch","type":"string"},"commit":{"description":"Commit SHA or reference","minLength":1,"title":"Commit","type":"string"},"files_touched":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"description":"List of files modified","title":"Files Touched"},"repo":{"description":"Repository identifier","minLength":1,"title":"Repo","type":"string"}},"required":["repo","branch","commit"],"title":"RepoEvidence","type":"object"},"ReviewVerdict":{"description":"Verdict from a human or automated reviewer.","properties":{"reference":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"URL or reference for the review","title":"Reference"},"reviewer":{"description":"Who reviewed","minLength":1,"title":"Reviewer","type":"string"},"verdict":{"description":"Verdict string","minLength":1,"title":"Verdict","type":"string"}},"required":["reviewer","verdict"],"title":"ReviewVerdict","type":"object"},"VerificationEntry":{"description":"A single verification step (e.g. test run, lint check).","properties":{"command":{"description":"Command that was executed","minLength":1,"title":"Command","type":"string"},"result":{"description":"Outcome of the command","minLength":1,"title":"Result","type":"string"},"summary":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Human-readable summary","title":"Summary"}},"required":["command","result"],"title":"VerificationEntry","type":"object"}},"$id":"spec-kitty-events/status_transition_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for a WPStatusChanged event describing a lane transition.","properties":{"actor":{"description":"Who initiated the transition","minLength":1,"title":"Actor","type":"string"},"evidence":{"anyOf":[{"$ref":"#/$defs/DoneEvidence"},{"type":"null"}],"default":null,"description":"Evidence bundle (required when to_lane=DONE)"},"execution_mode":{"$ref":"#/$defs/ExecutionMode","description":"How the work-package is being executed"},"feature_slug":{"description":"Feature identifier","minLength":1,"title":"Feature Slug","type":"string"},"force":{"default":false,"description":"Whether this is a forced transition","title":"Force","type":"boolean"},"from_lane":{"anyOf":[{"$ref":"#/$defs/Lane"},{"type":"null"}],"default":null,"description":"Lane the WP is transitioning from (None for initial)"},"reason":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Reason for the transition (required when force=True)","title":"Reason"},"review_ref":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Reference to an external review","title":"Review Ref"},"to_lane":{"$ref":"#/$defs/Lane","description":"Lane the WP is transitioning to"},"wp_id":{"description":"Work-package identifier","minLength":1,"title":"Wp Id","type":"string"}},"required":["feature_slug","wp_id","to_lane","actor","execution_mode"],"title":"StatusTransitionPayload","type":"object"};
const schema54 = {"description":"How a work-package is being executed.","enum":["worktree","direct_repo"],"title":"ExecutionMode","type":"string"};
const schema55 = {"description":"Work-package lifecycle lanes.","enum":["planned","claimed","in_progress","for_review","done","blocked","canceled"],"title":"Lane","type":"string"};
const schema50 = {"description":"Evidence bundle required when a WP transitions to DONE.","properties":{"repos":{"description":"At least one repo with changes","items":{"$ref":"#/$defs/RepoEvidence"},"minItems":1,"title":"Repos","type":"array"},"review":{"$ref":"#/$defs/ReviewVerdict","description":"Review verdict"},"verification":{"description":"Verification steps executed","items":{"$ref":"#/$defs/VerificationEntry"},"title":"Verification","type":"array"}},"required":["repos","review"],"title":"DoneEvidence","type":"object"};
const schema51 = {"description":"Evidence of repository changes for a completed work-package.","properties":{"branch":{"description":"Branch name","minLength":1,"title":"Branch","type":"string"},"commit":{"description":"Commit SHA or reference","minLength":1,"title":"Commit","type":"string"},"files_touched":{"anyOf":[{"items":{"type":"string"},"type":"array"},{"type":"null"}],"default":null,"description":"List of files modified","title":"Files Touched"},"repo":{"description":"Repository identifier","minLength":1,"title":"Repo","type":"string"}},"required":["repo","branch","commit"],"title":"RepoEvidence","type":"object"};
const schema52 = {"description":"Verdict from a human or automated reviewer.","properties":{"reference":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"URL or reference for the review","title":"Reference"},"reviewer":{"description":"Who reviewed","minLength":1,"title":"Reviewer","type":"string"},"verdict":{"description":"Verdict string","minLength":1,"title":"Verdict","type":"string"}},"required":["reviewer","verdict"],"title":"ReviewVerdict","type":"object"};
const schema53 = {"description":"A single verification step (e.g. test run, lint check).","properties":{"command":{"description":"Command that was executed","minLength":1,"title":"Command","type":"string"},"result":{"description":"Outcome of the command","minLength":1,"title":"Result","type":"string"},"summary":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Human-readable summary","title":"Summary"}},"required":["command","result"],"title":"VerificationEntry","type":"object"};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if((data.repos === undefined) || (!(func0.call(data, "repos")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repos"},message:"must have required property '"+"repos"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.review === undefined) || (!(func0.call(data, "review")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.repos !== undefined && func0.call(data, "repos")){
let data0 = data.repos;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/repos",schemaPath:"#/properties/repos/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema50.properties.repos,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if((data1.repo === undefined) || (!(func0.call(data1, "repo")))){
const err3 = {instancePath:instancePath+"/repos/" + i0,schemaPath:"#/$defs/RepoEvidence/required",keyword:"required",params:{missingProperty: "repo"},message:"must have required property '"+"repo"+"'",schema:schema51.required,parentSchema:schema51,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data1.branch === undefined) || (!(func0.call(data1, "branch")))){
const err4 = {instancePath:instancePath+"/repos/" + i0,schemaPath:"#/$defs/RepoEvidence/required",keyword:"required",params:{missingProperty: "branch"},message:"must have required property '"+"branch"+"'",schema:schema51.required,parentSchema:schema51,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data1.commit === undefined) || (!(func0.call(data1, "commit")))){
const err5 = {instancePath:instancePath+"/repos/" + i0,schemaPath:"#/$defs/RepoEvidence/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'",schema:schema51.required,parentSchema:schema51,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.branch !== undefined && func0.call(data1, "branch")){
let data2 = data1.branch;
if(typeof data2 === "string"){
if(func76(data2) < 1){
const err6 = {instancePath:instancePath+"/repos/" + i0+"/branch",schemaPath:"#/$defs/RepoEvidence/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.branch,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/repos/" + i0+"/branch",schemaPath:"#/$defs/RepoEvidence/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.branch.type,parentSchema:schema51.properties.branch,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.commit !== undefined && func0.call(data1, "commit")){
let data3 = data1.commit;
if(typeof data3 === "string"){
if(func76(data3) < 1){
const err8 = {instancePath:instancePath+"/repos/" + i0+"/commit",schemaPath:"#/$defs/RepoEvidence/properties/commit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.commit,data:data3};
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
const err9 = {instancePath:instancePath+"/repos/" + i0+"/commit",schemaPath:"#/$defs/RepoEvidence/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.commit.type,parentSchema:schema51.properties.commit,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.files_touched !== undefined && func0.call(data1, "files_touched")){
let data4 = data1.files_touched;
const _errs11 = errors;
let valid5 = false;
const _errs12 = errors;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/repos/" + i0+"/files_touched/" + i1,schemaPath:"#/$defs/RepoEvidence/properties/files_touched/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.files_touched.anyOf[0].items.type,parentSchema:schema51.properties.files_touched.anyOf[0].items,data:data5};
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
else {
const err11 = {instancePath:instancePath+"/repos/" + i0+"/files_touched",schemaPath:"#/$defs/RepoEvidence/properties/files_touched/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.files_touched.anyOf[0].type,parentSchema:schema51.properties.files_touched.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid5 = valid5 || _valid0;
const _errs16 = errors;
if(data4 !== null){
const err12 = {instancePath:instancePath+"/repos/" + i0+"/files_touched",schemaPath:"#/$defs/RepoEvidence/properties/files_touched/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema51.properties.files_touched.anyOf[1].type,parentSchema:schema51.properties.files_touched.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const err13 = {instancePath:instancePath+"/repos/" + i0+"/files_touched",schemaPath:"#/$defs/RepoEvidence/properties/files_touched/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema51.properties.files_touched.anyOf,parentSchema:schema51.properties.files_touched,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
if(data1.repo !== undefined && func0.call(data1, "repo")){
let data6 = data1.repo;
if(typeof data6 === "string"){
if(func76(data6) < 1){
const err14 = {instancePath:instancePath+"/repos/" + i0+"/repo",schemaPath:"#/$defs/RepoEvidence/properties/repo/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.repo,data:data6};
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
const err15 = {instancePath:instancePath+"/repos/" + i0+"/repo",schemaPath:"#/$defs/RepoEvidence/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.repo.type,parentSchema:schema51.properties.repo,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/repos/" + i0,schemaPath:"#/$defs/RepoEvidence/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data1};
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
const err17 = {instancePath:instancePath+"/repos",schemaPath:"#/properties/repos/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.repos.type,parentSchema:schema50.properties.repos,data:data0};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.review !== undefined && func0.call(data, "review")){
let data7 = data.review;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if((data7.reviewer === undefined) || (!(func0.call(data7, "reviewer")))){
const err18 = {instancePath:instancePath+"/review",schemaPath:"#/$defs/ReviewVerdict/required",keyword:"required",params:{missingProperty: "reviewer"},message:"must have required property '"+"reviewer"+"'",schema:schema52.required,parentSchema:schema52,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((data7.verdict === undefined) || (!(func0.call(data7, "verdict")))){
const err19 = {instancePath:instancePath+"/review",schemaPath:"#/$defs/ReviewVerdict/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'",schema:schema52.required,parentSchema:schema52,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7.reference !== undefined && func0.call(data7, "reference")){
let data8 = data7.reference;
const _errs24 = errors;
let valid10 = false;
const _errs25 = errors;
if(typeof data8 !== "string"){
const err20 = {instancePath:instancePath+"/review/reference",schemaPath:"#/$defs/ReviewVerdict/properties/reference/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.reference.anyOf[0].type,parentSchema:schema52.properties.reference.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs25 === errors;
valid10 = valid10 || _valid1;
const _errs27 = errors;
if(data8 !== null){
const err21 = {instancePath:instancePath+"/review/reference",schemaPath:"#/$defs/ReviewVerdict/properties/reference/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema52.properties.reference.anyOf[1].type,parentSchema:schema52.properties.reference.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid10 = valid10 || _valid1;
if(!valid10){
const err22 = {instancePath:instancePath+"/review/reference",schemaPath:"#/$defs/ReviewVerdict/properties/reference/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema52.properties.reference.anyOf,parentSchema:schema52.properties.reference,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
if(data7.reviewer !== undefined && func0.call(data7, "reviewer")){
let data9 = data7.reviewer;
if(typeof data9 === "string"){
if(func76(data9) < 1){
const err23 = {instancePath:instancePath+"/review/reviewer",schemaPath:"#/$defs/ReviewVerdict/properties/reviewer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.reviewer,data:data9};
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
const err24 = {instancePath:instancePath+"/review/reviewer",schemaPath:"#/$defs/ReviewVerdict/properties/reviewer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.reviewer.type,parentSchema:schema52.properties.reviewer,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.verdict !== undefined && func0.call(data7, "verdict")){
let data10 = data7.verdict;
if(typeof data10 === "string"){
if(func76(data10) < 1){
const err25 = {instancePath:instancePath+"/review/verdict",schemaPath:"#/$defs/ReviewVerdict/properties/verdict/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.verdict,data:data10};
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
const err26 = {instancePath:instancePath+"/review/verdict",schemaPath:"#/$defs/ReviewVerdict/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.verdict.type,parentSchema:schema52.properties.verdict,data:data10};
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
const err27 = {instancePath:instancePath+"/review",schemaPath:"#/$defs/ReviewVerdict/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.verification !== undefined && func0.call(data, "verification")){
let data11 = data.verification;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if((data12.command === undefined) || (!(func0.call(data12, "command")))){
const err28 = {instancePath:instancePath+"/verification/" + i2,schemaPath:"#/$defs/VerificationEntry/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'",schema:schema53.required,parentSchema:schema53,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((data12.result === undefined) || (!(func0.call(data12, "result")))){
const err29 = {instancePath:instancePath+"/verification/" + i2,schemaPath:"#/$defs/VerificationEntry/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'",schema:schema53.required,parentSchema:schema53,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data12.command !== undefined && func0.call(data12, "command")){
let data13 = data12.command;
if(typeof data13 === "string"){
if(func76(data13) < 1){
const err30 = {instancePath:instancePath+"/verification/" + i2+"/command",schemaPath:"#/$defs/VerificationEntry/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.command,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/verification/" + i2+"/command",schemaPath:"#/$defs/VerificationEntry/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.command.type,parentSchema:schema53.properties.command,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data12.result !== undefined && func0.call(data12, "result")){
let data14 = data12.result;
if(typeof data14 === "string"){
if(func76(data14) < 1){
const err32 = {instancePath:instancePath+"/verification/" + i2+"/result",schemaPath:"#/$defs/VerificationEntry/properties/result/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.result,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/verification/" + i2+"/result",schemaPath:"#/$defs/VerificationEntry/properties/result/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.result.type,parentSchema:schema53.properties.result,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data12.summary !== undefined && func0.call(data12, "summary")){
let data15 = data12.summary;
const _errs43 = errors;
let valid15 = false;
const _errs44 = errors;
if(typeof data15 !== "string"){
const err34 = {instancePath:instancePath+"/verification/" + i2+"/summary",schemaPath:"#/$defs/VerificationEntry/properties/summary/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.summary.anyOf[0].type,parentSchema:schema53.properties.summary.anyOf[0],data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid2 = _errs44 === errors;
valid15 = valid15 || _valid2;
const _errs46 = errors;
if(data15 !== null){
const err35 = {instancePath:instancePath+"/verification/" + i2+"/summary",schemaPath:"#/$defs/VerificationEntry/properties/summary/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema53.properties.summary.anyOf[1].type,parentSchema:schema53.properties.summary.anyOf[1],data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid2 = _errs46 === errors;
valid15 = valid15 || _valid2;
if(!valid15){
const err36 = {instancePath:instancePath+"/verification/" + i2+"/summary",schemaPath:"#/$defs/VerificationEntry/properties/summary/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema53.properties.summary.anyOf,parentSchema:schema53.properties.summary,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
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
}
else {
const err37 = {instancePath:instancePath+"/verification/" + i2,schemaPath:"#/$defs/VerificationEntry/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/verification",schemaPath:"#/properties/verification/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.verification.type,parentSchema:schema50.properties.verification,data:data11};
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
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":{"repos":true,"review":true,"verification":true},"dynamicProps":false,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/status_transition_payload" */;
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
if((data.feature_slug === undefined) || (!(func0.call(data, "feature_slug")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.wp_id === undefined) || (!(func0.call(data, "wp_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "wp_id"},message:"must have required property '"+"wp_id"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.to_lane === undefined) || (!(func0.call(data, "to_lane")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to_lane"},message:"must have required property '"+"to_lane"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.execution_mode === undefined) || (!(func0.call(data, "execution_mode")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution_mode"},message:"must have required property '"+"execution_mode"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func76(data0) < 1){
const err5 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.actor,data:data0};
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
const err6 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.actor.type,parentSchema:schema49.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.evidence !== undefined && func0.call(data, "evidence")){
let data1 = data.evidence;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(!(validate36(data1, {instancePath:instancePath+"/evidence",parentData:data,parentDataProperty:"evidence",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.repos = true;
props0.review = true;
props0.verification = true;
}
const _errs7 = errors;
if(data1 !== null){
const err7 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema49.properties.evidence.anyOf[1].type,parentSchema:schema49.properties.evidence.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err8 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema49.properties.evidence.anyOf,parentSchema:schema49.properties.evidence,data:data1};
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
if(data.execution_mode !== undefined && func0.call(data, "execution_mode")){
let data2 = data.execution_mode;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/execution_mode",schemaPath:"#/$defs/ExecutionMode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data2 === "worktree") || (data2 === "direct_repo"))){
const err10 = {instancePath:instancePath+"/execution_mode",schemaPath:"#/$defs/ExecutionMode/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values",schema:schema54.enum,parentSchema:schema54,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.feature_slug !== undefined && func0.call(data, "feature_slug")){
let data3 = data.feature_slug;
if(typeof data3 === "string"){
if(func76(data3) < 1){
const err11 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.feature_slug,data:data3};
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
const err12 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.feature_slug.type,parentSchema:schema49.properties.feature_slug,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.force !== undefined && func0.call(data, "force")){
let data4 = data.force;
if(typeof data4 !== "boolean"){
const err13 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.properties.force.type,parentSchema:schema49.properties.force,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.from_lane !== undefined && func0.call(data, "from_lane")){
let data5 = data.from_lane;
const _errs17 = errors;
let valid3 = false;
const _errs18 = errors;
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/from_lane",schemaPath:"#/$defs/Lane/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((((((data5 === "planned") || (data5 === "claimed")) || (data5 === "in_progress")) || (data5 === "for_review")) || (data5 === "done")) || (data5 === "blocked")) || (data5 === "canceled"))){
const err15 = {instancePath:instancePath+"/from_lane",schemaPath:"#/$defs/Lane/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid3 = valid3 || _valid1;
const _errs21 = errors;
if(data5 !== null){
const err16 = {instancePath:instancePath+"/from_lane",schemaPath:"#/properties/from_lane/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema49.properties.from_lane.anyOf[1].type,parentSchema:schema49.properties.from_lane.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err17 = {instancePath:instancePath+"/from_lane",schemaPath:"#/properties/from_lane/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema49.properties.from_lane.anyOf,parentSchema:schema49.properties.from_lane,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
if(data.reason !== undefined && func0.call(data, "reason")){
let data6 = data.reason;
const _errs24 = errors;
let valid5 = false;
const _errs25 = errors;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.reason.anyOf[0].type,parentSchema:schema49.properties.reason.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid5 = valid5 || _valid2;
const _errs27 = errors;
if(data6 !== null){
const err19 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema49.properties.reason.anyOf[1].type,parentSchema:schema49.properties.reason.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const err20 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema49.properties.reason.anyOf,parentSchema:schema49.properties.reason,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
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
if(data.review_ref !== undefined && func0.call(data, "review_ref")){
let data7 = data.review_ref;
const _errs30 = errors;
let valid6 = false;
const _errs31 = errors;
if(typeof data7 !== "string"){
const err21 = {instancePath:instancePath+"/review_ref",schemaPath:"#/properties/review_ref/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.review_ref.anyOf[0].type,parentSchema:schema49.properties.review_ref.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid6 = valid6 || _valid3;
const _errs33 = errors;
if(data7 !== null){
const err22 = {instancePath:instancePath+"/review_ref",schemaPath:"#/properties/review_ref/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema49.properties.review_ref.anyOf[1].type,parentSchema:schema49.properties.review_ref.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const err23 = {instancePath:instancePath+"/review_ref",schemaPath:"#/properties/review_ref/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema49.properties.review_ref.anyOf,parentSchema:schema49.properties.review_ref,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
}
if(data.to_lane !== undefined && func0.call(data, "to_lane")){
let data8 = data.to_lane;
if(typeof data8 !== "string"){
const err24 = {instancePath:instancePath+"/to_lane",schemaPath:"#/$defs/Lane/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((((((data8 === "planned") || (data8 === "claimed")) || (data8 === "in_progress")) || (data8 === "for_review")) || (data8 === "done")) || (data8 === "blocked")) || (data8 === "canceled"))){
const err25 = {instancePath:instancePath+"/to_lane",schemaPath:"#/$defs/Lane/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.wp_id !== undefined && func0.call(data, "wp_id")){
let data9 = data.wp_id;
if(typeof data9 === "string"){
if(func76(data9) < 1){
const err26 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.wp_id,data:data9};
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
const err27 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.wp_id.type,parentSchema:schema49.properties.wp_id,data:data9};
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
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"actor":true,"evidence":true,"execution_mode":true,"feature_slug":true,"force":true,"from_lane":true,"reason":true,"review_ref":true,"to_lane":true,"wp_id":true},"dynamicProps":false,"dynamicItems":false};

export const sync_dead_lettered_payload = validate38;
const schema57 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/sync_dead_lettered_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for SyncDeadLettered events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"dead_letter_ref":{"minLength":1,"title":"Dead Letter Ref","type":"string"},"delivery_id":{"minLength":1,"title":"Delivery Id","type":"string"},"failure_reason":{"minLength":1,"title":"Failure Reason","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"source_event_fingerprint":{"minLength":1,"title":"Source Event Fingerprint","type":"string"},"total_attempts":{"minimum":1,"title":"Total Attempts","type":"integer"}},"required":["delivery_id","source_event_fingerprint","connector_id","mission_id","recorded_at","failure_reason","total_attempts","dead_letter_ref"],"title":"SyncDeadLetteredPayload","type":"object"};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/sync_dead_lettered_payload" */;
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delivery_id"},message:"must have required property '"+"delivery_id"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.source_event_fingerprint === undefined) || (!(func0.call(data, "source_event_fingerprint")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_event_fingerprint"},message:"must have required property '"+"source_event_fingerprint"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.failure_reason === undefined) || (!(func0.call(data, "failure_reason")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "failure_reason"},message:"must have required property '"+"failure_reason"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.total_attempts === undefined) || (!(func0.call(data, "total_attempts")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total_attempts"},message:"must have required property '"+"total_attempts"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.dead_letter_ref === undefined) || (!(func0.call(data, "dead_letter_ref")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dead_letter_ref"},message:"must have required property '"+"dead_letter_ref"+"'",schema:schema57.required,parentSchema:schema57,data};
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
if(func76(data0) < 1){
const err8 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.connector_id,data:data0};
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
const err9 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.connector_id.type,parentSchema:schema57.properties.connector_id,data:data0};
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
if(func76(data1) < 1){
const err10 = {instancePath:instancePath+"/dead_letter_ref",schemaPath:"#/properties/dead_letter_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.dead_letter_ref,data:data1};
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
const err11 = {instancePath:instancePath+"/dead_letter_ref",schemaPath:"#/properties/dead_letter_ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.dead_letter_ref.type,parentSchema:schema57.properties.dead_letter_ref,data:data1};
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
if(func76(data2) < 1){
const err12 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.delivery_id,data:data2};
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
const err13 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.delivery_id.type,parentSchema:schema57.properties.delivery_id,data:data2};
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
if(func76(data3) < 1){
const err14 = {instancePath:instancePath+"/failure_reason",schemaPath:"#/properties/failure_reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.failure_reason,data:data3};
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
const err15 = {instancePath:instancePath+"/failure_reason",schemaPath:"#/properties/failure_reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.failure_reason.type,parentSchema:schema57.properties.failure_reason,data:data3};
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
if(func76(data4) < 1){
const err16 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.mission_id,data:data4};
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
const err17 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.mission_id.type,parentSchema:schema57.properties.mission_id,data:data4};
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
const err18 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.recorded_at.type,parentSchema:schema57.properties.recorded_at,data:data5};
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
if(func76(data6) < 1){
const err19 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.source_event_fingerprint,data:data6};
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
const err20 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.source_event_fingerprint.type,parentSchema:schema57.properties.source_event_fingerprint,data:data6};
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
const err21 = {instancePath:instancePath+"/total_attempts",schemaPath:"#/properties/total_attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.total_attempts.type,parentSchema:schema57.properties.total_attempts,data:data7};
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
const err22 = {instancePath:instancePath+"/total_attempts",schemaPath:"#/properties/total_attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema57.properties.total_attempts,data:data7};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":{"connector_id":true,"dead_letter_ref":true,"delivery_id":true,"failure_reason":true,"mission_id":true,"recorded_at":true,"source_event_fingerprint":true,"total_attempts":true},"dynamicProps":false,"dynamicItems":false};

export const sync_ingest_accepted_payload = validate39;
const schema58 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/sync_ingest_accepted_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for SyncIngestAccepted events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"delivery_id":{"minLength":1,"title":"Delivery Id","type":"string"},"ingest_batch_id":{"minLength":1,"title":"Ingest Batch Id","type":"string"},"ingested_count":{"exclusiveMinimum":0,"title":"Ingested Count","type":"integer"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"source_event_fingerprint":{"minLength":1,"title":"Source Event Fingerprint","type":"string"}},"required":["delivery_id","source_event_fingerprint","connector_id","mission_id","recorded_at","ingest_batch_id","ingested_count"],"title":"SyncIngestAcceptedPayload","type":"object"};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/sync_ingest_accepted_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.delivery_id === undefined) || (!(func0.call(data, "delivery_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delivery_id"},message:"must have required property '"+"delivery_id"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.source_event_fingerprint === undefined) || (!(func0.call(data, "source_event_fingerprint")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_event_fingerprint"},message:"must have required property '"+"source_event_fingerprint"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.ingest_batch_id === undefined) || (!(func0.call(data, "ingest_batch_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ingest_batch_id"},message:"must have required property '"+"ingest_batch_id"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.ingested_count === undefined) || (!(func0.call(data, "ingested_count")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ingested_count"},message:"must have required property '"+"ingested_count"+"'",schema:schema58.required,parentSchema:schema58,data};
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
if(func76(data0) < 1){
const err7 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.connector_id,data:data0};
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
const err8 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.connector_id.type,parentSchema:schema58.properties.connector_id,data:data0};
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
if(func76(data1) < 1){
const err9 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.delivery_id,data:data1};
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
const err10 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.delivery_id.type,parentSchema:schema58.properties.delivery_id,data:data1};
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
if(func76(data2) < 1){
const err11 = {instancePath:instancePath+"/ingest_batch_id",schemaPath:"#/properties/ingest_batch_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.ingest_batch_id,data:data2};
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
const err12 = {instancePath:instancePath+"/ingest_batch_id",schemaPath:"#/properties/ingest_batch_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.ingest_batch_id.type,parentSchema:schema58.properties.ingest_batch_id,data:data2};
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
const err13 = {instancePath:instancePath+"/ingested_count",schemaPath:"#/properties/ingested_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.ingested_count.type,parentSchema:schema58.properties.ingested_count,data:data3};
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
const err14 = {instancePath:instancePath+"/ingested_count",schemaPath:"#/properties/ingested_count/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema58.properties.ingested_count,data:data3};
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
if(func76(data4) < 1){
const err15 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.mission_id,data:data4};
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
const err16 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.mission_id.type,parentSchema:schema58.properties.mission_id,data:data4};
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
const err17 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.recorded_at.type,parentSchema:schema58.properties.recorded_at,data:data5};
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
if(func76(data6) < 1){
const err18 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.source_event_fingerprint,data:data6};
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
const err19 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.source_event_fingerprint.type,parentSchema:schema58.properties.source_event_fingerprint,data:data6};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":{"connector_id":true,"delivery_id":true,"ingest_batch_id":true,"ingested_count":true,"mission_id":true,"recorded_at":true,"source_event_fingerprint":true},"dynamicProps":false,"dynamicItems":false};

export const sync_ingest_rejected_payload = validate40;
const schema59 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/sync_ingest_rejected_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for SyncIngestRejected events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"delivery_id":{"minLength":1,"title":"Delivery Id","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"rejected_payload_ref":{"minLength":1,"title":"Rejected Payload Ref","type":"string"},"rejection_reason":{"minLength":1,"title":"Rejection Reason","type":"string"},"source_event_fingerprint":{"minLength":1,"title":"Source Event Fingerprint","type":"string"}},"required":["delivery_id","source_event_fingerprint","connector_id","mission_id","recorded_at","rejection_reason","rejected_payload_ref"],"title":"SyncIngestRejectedPayload","type":"object"};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/sync_ingest_rejected_payload" */;
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delivery_id"},message:"must have required property '"+"delivery_id"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.source_event_fingerprint === undefined) || (!(func0.call(data, "source_event_fingerprint")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_event_fingerprint"},message:"must have required property '"+"source_event_fingerprint"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.rejection_reason === undefined) || (!(func0.call(data, "rejection_reason")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rejection_reason"},message:"must have required property '"+"rejection_reason"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.rejected_payload_ref === undefined) || (!(func0.call(data, "rejected_payload_ref")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rejected_payload_ref"},message:"must have required property '"+"rejected_payload_ref"+"'",schema:schema59.required,parentSchema:schema59,data};
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
if(func76(data0) < 1){
const err7 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.connector_id,data:data0};
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
const err8 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.connector_id.type,parentSchema:schema59.properties.connector_id,data:data0};
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
if(func76(data1) < 1){
const err9 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.delivery_id,data:data1};
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
const err10 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.delivery_id.type,parentSchema:schema59.properties.delivery_id,data:data1};
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
if(func76(data2) < 1){
const err11 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.mission_id,data:data2};
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
const err12 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.mission_id.type,parentSchema:schema59.properties.mission_id,data:data2};
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
const err13 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.recorded_at.type,parentSchema:schema59.properties.recorded_at,data:data3};
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
if(func76(data4) < 1){
const err14 = {instancePath:instancePath+"/rejected_payload_ref",schemaPath:"#/properties/rejected_payload_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.rejected_payload_ref,data:data4};
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
const err15 = {instancePath:instancePath+"/rejected_payload_ref",schemaPath:"#/properties/rejected_payload_ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.rejected_payload_ref.type,parentSchema:schema59.properties.rejected_payload_ref,data:data4};
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
if(func76(data5) < 1){
const err16 = {instancePath:instancePath+"/rejection_reason",schemaPath:"#/properties/rejection_reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.rejection_reason,data:data5};
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
const err17 = {instancePath:instancePath+"/rejection_reason",schemaPath:"#/properties/rejection_reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.rejection_reason.type,parentSchema:schema59.properties.rejection_reason,data:data5};
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
if(func76(data6) < 1){
const err18 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.source_event_fingerprint,data:data6};
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
const err19 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.source_event_fingerprint.type,parentSchema:schema59.properties.source_event_fingerprint,data:data6};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":{"connector_id":true,"delivery_id":true,"mission_id":true,"recorded_at":true,"rejected_payload_ref":true,"rejection_reason":true,"source_event_fingerprint":true},"dynamicProps":false,"dynamicItems":false};

export const sync_lane_v1 = validate41;
const schema60 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/sync_lane_v1","$schema":"https://json-schema.org/draft/2020-12/schema","description":"V1 compatibility sync lanes for downstream consumers.","enum":["planned","doing","for_review","done"],"title":"SyncLaneV1","type":"string"};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/sync_lane_v1" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "planned") || (data === "doing")) || (data === "for_review")) || (data === "done"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema60.enum},message:"must be equal to one of the allowed values",schema:schema60.enum,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const sync_replay_completed_payload = validate42;
const schema61 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/sync_replay_completed_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for SyncReplayCompleted events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"delivery_id":{"minLength":1,"title":"Delivery Id","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"replay_id":{"minLength":1,"title":"Replay Id","type":"string"},"replay_source":{"minLength":1,"title":"Replay Source","type":"string"},"replayed_count":{"minimum":0,"title":"Replayed Count","type":"integer"},"source_event_fingerprint":{"minLength":1,"title":"Source Event Fingerprint","type":"string"}},"required":["delivery_id","source_event_fingerprint","connector_id","mission_id","recorded_at","replay_id","replayed_count","replay_source"],"title":"SyncReplayCompletedPayload","type":"object"};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/sync_replay_completed_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
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
if((data.replay_id === undefined) || (!(func0.call(data, "replay_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replay_id"},message:"must have required property '"+"replay_id"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.replayed_count === undefined) || (!(func0.call(data, "replayed_count")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replayed_count"},message:"must have required property '"+"replayed_count"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.replay_source === undefined) || (!(func0.call(data, "replay_source")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replay_source"},message:"must have required property '"+"replay_source"+"'",schema:schema61.required,parentSchema:schema61,data};
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
if(func76(data0) < 1){
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
if(data.delivery_id !== undefined && func0.call(data, "delivery_id")){
let data1 = data.delivery_id;
if(typeof data1 === "string"){
if(func76(data1) < 1){
const err10 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.delivery_id,data:data1};
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
const err11 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.delivery_id.type,parentSchema:schema61.properties.delivery_id,data:data1};
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
if(func76(data2) < 1){
const err12 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.mission_id,data:data2};
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
const err13 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.mission_id.type,parentSchema:schema61.properties.mission_id,data:data2};
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
const err14 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.recorded_at.type,parentSchema:schema61.properties.recorded_at,data:data3};
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
if(func76(data4) < 1){
const err15 = {instancePath:instancePath+"/replay_id",schemaPath:"#/properties/replay_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.replay_id,data:data4};
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
const err16 = {instancePath:instancePath+"/replay_id",schemaPath:"#/properties/replay_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.replay_id.type,parentSchema:schema61.properties.replay_id,data:data4};
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
if(func76(data5) < 1){
const err17 = {instancePath:instancePath+"/replay_source",schemaPath:"#/properties/replay_source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.replay_source,data:data5};
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
const err18 = {instancePath:instancePath+"/replay_source",schemaPath:"#/properties/replay_source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.replay_source.type,parentSchema:schema61.properties.replay_source,data:data5};
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
const err19 = {instancePath:instancePath+"/replayed_count",schemaPath:"#/properties/replayed_count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema61.properties.replayed_count.type,parentSchema:schema61.properties.replayed_count,data:data6};
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
const err20 = {instancePath:instancePath+"/replayed_count",schemaPath:"#/properties/replayed_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.replayed_count,data:data6};
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
if(func76(data7) < 1){
const err21 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.source_event_fingerprint,data:data7};
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
const err22 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.source_event_fingerprint.type,parentSchema:schema61.properties.source_event_fingerprint,data:data7};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":{"connector_id":true,"delivery_id":true,"mission_id":true,"recorded_at":true,"replay_id":true,"replay_source":true,"replayed_count":true,"source_event_fingerprint":true},"dynamicProps":false,"dynamicItems":false};

export const sync_retry_scheduled_payload = validate43;
const schema62 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/sync_retry_scheduled_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for SyncRetryScheduled events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"delivery_id":{"minLength":1,"title":"Delivery Id","type":"string"},"max_retries":{"minimum":1,"title":"Max Retries","type":"integer"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"next_retry_at":{"format":"date-time","title":"Next Retry At","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"retry_attempt":{"minimum":1,"title":"Retry Attempt","type":"integer"},"source_event_fingerprint":{"minLength":1,"title":"Source Event Fingerprint","type":"string"}},"required":["delivery_id","source_event_fingerprint","connector_id","mission_id","recorded_at","retry_attempt","max_retries","next_retry_at"],"title":"SyncRetryScheduledPayload","type":"object"};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/sync_retry_scheduled_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
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
if((data.retry_attempt === undefined) || (!(func0.call(data, "retry_attempt")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retry_attempt"},message:"must have required property '"+"retry_attempt"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.max_retries === undefined) || (!(func0.call(data, "max_retries")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "max_retries"},message:"must have required property '"+"max_retries"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.next_retry_at === undefined) || (!(func0.call(data, "next_retry_at")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_retry_at"},message:"must have required property '"+"next_retry_at"+"'",schema:schema62.required,parentSchema:schema62,data};
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
if(func76(data0) < 1){
const err8 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.connector_id,data:data0};
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
const err9 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.connector_id.type,parentSchema:schema62.properties.connector_id,data:data0};
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
if(func76(data1) < 1){
const err10 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.delivery_id,data:data1};
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
const err11 = {instancePath:instancePath+"/delivery_id",schemaPath:"#/properties/delivery_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.delivery_id.type,parentSchema:schema62.properties.delivery_id,data:data1};
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
const err12 = {instancePath:instancePath+"/max_retries",schemaPath:"#/properties/max_retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.max_retries.type,parentSchema:schema62.properties.max_retries,data:data2};
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
const err13 = {instancePath:instancePath+"/max_retries",schemaPath:"#/properties/max_retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema62.properties.max_retries,data:data2};
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
if(func76(data3) < 1){
const err14 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.mission_id,data:data3};
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
const err15 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.mission_id.type,parentSchema:schema62.properties.mission_id,data:data3};
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
const err16 = {instancePath:instancePath+"/next_retry_at",schemaPath:"#/properties/next_retry_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.next_retry_at.type,parentSchema:schema62.properties.next_retry_at,data:data4};
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
if(data.retry_attempt !== undefined && func0.call(data, "retry_attempt")){
let data6 = data.retry_attempt;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err18 = {instancePath:instancePath+"/retry_attempt",schemaPath:"#/properties/retry_attempt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.retry_attempt.type,parentSchema:schema62.properties.retry_attempt,data:data6};
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
const err19 = {instancePath:instancePath+"/retry_attempt",schemaPath:"#/properties/retry_attempt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema62.properties.retry_attempt,data:data6};
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
if(func76(data7) < 1){
const err20 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.source_event_fingerprint,data:data7};
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
const err21 = {instancePath:instancePath+"/source_event_fingerprint",schemaPath:"#/properties/source_event_fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.source_event_fingerprint.type,parentSchema:schema62.properties.source_event_fingerprint,data:data7};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":{"connector_id":true,"delivery_id":true,"max_retries":true,"mission_id":true,"next_retry_at":true,"recorded_at":true,"retry_attempt":true,"source_event_fingerprint":true},"dynamicProps":false,"dynamicItems":false};
