// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"AuditSeverity":{"enum":["info","warning","error","critical"],"title":"AuditSeverity","type":"string"}},"$id":"spec-kitty-events/mission_audit_decision_requested_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for MissionAuditDecisionRequested events (FR-005).","properties":{"actor":{"minLength":1,"title":"Actor","type":"string"},"context_summary":{"title":"Context Summary","type":"string"},"decision_id":{"minLength":1,"title":"Decision Id","type":"string"},"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"question":{"title":"Question","type":"string"},"run_id":{"minLength":1,"title":"Run Id","type":"string"},"severity":{"$ref":"#/$defs/AuditSeverity"}},"required":["mission_id","run_id","feature_slug","actor","decision_id","question","context_summary","severity"],"title":"MissionAuditDecisionRequestedPayload","type":"object"};
const schema32 = {"enum":["info","warning","error","critical"],"title":"AuditSeverity","type":"string"};
const func0 = Object.prototype.hasOwnProperty;
const func73 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_audit_decision_requested_payload" */;
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
if((data.decision_id === undefined) || (!(func0.call(data, "decision_id")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision_id"},message:"must have required property '"+"decision_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.question === undefined) || (!(func0.call(data, "question")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "question"},message:"must have required property '"+"question"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.context_summary === undefined) || (!(func0.call(data, "context_summary")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "context_summary"},message:"must have required property '"+"context_summary"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.severity === undefined) || (!(func0.call(data, "severity")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func73(data0) < 1){
const err8 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.actor,data:data0};
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
const err9 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor.type,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.context_summary !== undefined && func0.call(data, "context_summary")){
let data1 = data.context_summary;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/context_summary",schemaPath:"#/properties/context_summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.context_summary.type,parentSchema:schema31.properties.context_summary,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.decision_id !== undefined && func0.call(data, "decision_id")){
let data2 = data.decision_id;
if(typeof data2 === "string"){
if(func73(data2) < 1){
const err11 = {instancePath:instancePath+"/decision_id",schemaPath:"#/properties/decision_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.decision_id,data:data2};
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
const err12 = {instancePath:instancePath+"/decision_id",schemaPath:"#/properties/decision_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.decision_id.type,parentSchema:schema31.properties.decision_id,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.feature_slug !== undefined && func0.call(data, "feature_slug")){
let data3 = data.feature_slug;
if(typeof data3 === "string"){
if(func73(data3) < 1){
const err13 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.feature_slug,data:data3};
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
const err14 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.feature_slug.type,parentSchema:schema31.properties.feature_slug,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data4 = data.mission_id;
if(typeof data4 === "string"){
if(func73(data4) < 1){
const err15 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data4};
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
const err16 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.question !== undefined && func0.call(data, "question")){
let data5 = data.question;
if(typeof data5 !== "string"){
const err17 = {instancePath:instancePath+"/question",schemaPath:"#/properties/question/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.question.type,parentSchema:schema31.properties.question,data:data5};
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
if(func73(data6) < 1){
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
if(data.severity !== undefined && func0.call(data, "severity")){
let data7 = data.severity;
if(typeof data7 !== "string"){
const err20 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/AuditSeverity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((data7 === "info") || (data7 === "warning")) || (data7 === "error")) || (data7 === "critical"))){
const err21 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/AuditSeverity/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data7};
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
validate20.evaluated = {"props":{"actor":true,"context_summary":true,"decision_id":true,"feature_slug":true,"mission_id":true,"question":true,"run_id":true,"severity":true},"dynamicProps":false,"dynamicItems":false};
