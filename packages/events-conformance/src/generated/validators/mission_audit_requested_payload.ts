// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/mission_audit_requested_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for MissionAuditRequested events (FR-003).","properties":{"actor":{"minLength":1,"title":"Actor","type":"string"},"audit_scope":{"items":{"type":"string"},"minItems":1,"title":"Audit Scope","type":"array"},"enforcement_mode":{"enum":["advisory","blocking"],"title":"Enforcement Mode","type":"string"},"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"run_id":{"minLength":1,"title":"Run Id","type":"string"},"trigger_mode":{"enum":["manual","post_merge"],"title":"Trigger Mode","type":"string"}},"required":["mission_id","run_id","feature_slug","actor","trigger_mode","audit_scope","enforcement_mode"],"title":"MissionAuditRequestedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func72 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_audit_requested_payload" */;
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
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.run_id === undefined) || (!(func0.call(data, "run_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.feature_slug === undefined) || (!(func0.call(data, "feature_slug")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.trigger_mode === undefined) || (!(func0.call(data, "trigger_mode")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trigger_mode"},message:"must have required property '"+"trigger_mode"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.audit_scope === undefined) || (!(func0.call(data, "audit_scope")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "audit_scope"},message:"must have required property '"+"audit_scope"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.enforcement_mode === undefined) || (!(func0.call(data, "enforcement_mode")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "enforcement_mode"},message:"must have required property '"+"enforcement_mode"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func72(data0) < 1){
const err7 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.actor,data:data0};
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
const err8 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor.type,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.audit_scope !== undefined && func0.call(data, "audit_scope")){
let data1 = data.audit_scope;
if(Array.isArray(data1)){
if(data1.length < 1){
const err9 = {instancePath:instancePath+"/audit_scope",schemaPath:"#/properties/audit_scope/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.audit_scope,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/audit_scope/" + i0,schemaPath:"#/properties/audit_scope/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.audit_scope.items.type,parentSchema:schema31.properties.audit_scope.items,data:data2};
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
const err11 = {instancePath:instancePath+"/audit_scope",schemaPath:"#/properties/audit_scope/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.audit_scope.type,parentSchema:schema31.properties.audit_scope,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.enforcement_mode !== undefined && func0.call(data, "enforcement_mode")){
let data3 = data.enforcement_mode;
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/enforcement_mode",schemaPath:"#/properties/enforcement_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.enforcement_mode.type,parentSchema:schema31.properties.enforcement_mode,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((data3 === "advisory") || (data3 === "blocking"))){
const err13 = {instancePath:instancePath+"/enforcement_mode",schemaPath:"#/properties/enforcement_mode/enum",keyword:"enum",params:{allowedValues: schema31.properties.enforcement_mode.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.enforcement_mode.enum,parentSchema:schema31.properties.enforcement_mode,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.feature_slug !== undefined && func0.call(data, "feature_slug")){
let data4 = data.feature_slug;
if(typeof data4 === "string"){
if(func72(data4) < 1){
const err14 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.feature_slug,data:data4};
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
const err15 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.feature_slug.type,parentSchema:schema31.properties.feature_slug,data:data4};
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
let data5 = data.mission_id;
if(typeof data5 === "string"){
if(func72(data5) < 1){
const err16 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data5};
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
const err17 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.run_id !== undefined && func0.call(data, "run_id")){
let data6 = data.run_id;
if(typeof data6 === "string"){
if(func72(data6) < 1){
const err18 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.run_id,data:data6};
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
const err19 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.run_id.type,parentSchema:schema31.properties.run_id,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.trigger_mode !== undefined && func0.call(data, "trigger_mode")){
let data7 = data.trigger_mode;
if(typeof data7 !== "string"){
const err20 = {instancePath:instancePath+"/trigger_mode",schemaPath:"#/properties/trigger_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.trigger_mode.type,parentSchema:schema31.properties.trigger_mode,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((data7 === "manual") || (data7 === "post_merge"))){
const err21 = {instancePath:instancePath+"/trigger_mode",schemaPath:"#/properties/trigger_mode/enum",keyword:"enum",params:{allowedValues: schema31.properties.trigger_mode.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.trigger_mode.enum,parentSchema:schema31.properties.trigger_mode,data:data7};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor":true,"audit_scope":true,"enforcement_mode":true,"feature_slug":true,"mission_id":true,"run_id":true,"trigger_mode":true},"dynamicProps":false,"dynamicItems":false};
